/// The RELAX NG schema feed.xml is validated with before publishing (issue 12): RFC 4287's element rules
/// for the elements license-report writes (Appendix B of the RFC, in RELAX NG's XML syntax, without the
/// extension elements, `content`, `source`, `icon` and `logo`, which it never writes): a feed has exactly
/// one `id`, `title` and `updated`, any order; each entry likewise; ids are absolute IRIs; dates are
/// RFC 3339 date-times with an offset; links have an `href`.
enum AtomSchema {
    /// The schema's text.
    static let relaxNG = """
        <?xml version="1.0" encoding="utf-8"?>
        <grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="http://www.w3.org/2005/Atom"
                 datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
          <start><ref name="feed"/></start>
          <define name="common">
            <optional><attribute name="xml:base"><data type="anyURI"/></attribute></optional>
            <optional><attribute name="xml:lang"><data type="language"/></attribute></optional>
          </define>
          <define name="text">
            <ref name="common"/>
            <optional><attribute name="type"><choice><value>text</value><value>html</value></choice></attribute></optional>
            <text/>
          </define>
          <define name="date">
            <ref name="common"/>
            <data type="string"><param name="pattern">[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+\\-][0-9]{2}:[0-9]{2})</param></data>
          </define>
          <define name="id">
            <element name="id"><ref name="common"/>
              <data type="string"><param name="pattern">[A-Za-z][A-Za-z0-9+.\\-]*:\\S+</param></data>
            </element>
          </define>
          <define name="person">
            <ref name="common"/>
            <interleave>
              <element name="name"><text/></element>
              <optional><element name="uri"><data type="anyURI"/></element></optional>
              <optional><element name="email"><text/></element></optional>
            </interleave>
          </define>
          <define name="link">
            <element name="link"><ref name="common"/>
              <attribute name="href"><data type="anyURI"/></attribute>
              <optional><attribute name="rel"><text/></attribute></optional>
              <optional><attribute name="type"><text/></attribute></optional>
              <optional><attribute name="hreflang"><text/></attribute></optional>
              <optional><attribute name="title"><text/></attribute></optional>
              <optional><attribute name="length"><text/></attribute></optional>
              <empty/>
            </element>
          </define>
          <define name="category">
            <element name="category"><ref name="common"/>
              <attribute name="term"><text/></attribute>
              <optional><attribute name="scheme"><data type="anyURI"/></attribute></optional>
              <optional><attribute name="label"><text/></attribute></optional>
              <empty/>
            </element>
          </define>
          <define name="feed">
            <element name="feed"><ref name="common"/>
              <interleave>
                <zeroOrMore><element name="author"><ref name="person"/></element></zeroOrMore>
                <zeroOrMore><ref name="category"/></zeroOrMore>
                <zeroOrMore><element name="contributor"><ref name="person"/></element></zeroOrMore>
                <optional><element name="generator"><ref name="common"/>
                  <optional><attribute name="uri"><data type="anyURI"/></attribute></optional>
                  <optional><attribute name="version"><text/></attribute></optional><text/></element></optional>
                <ref name="id"/>
                <zeroOrMore><ref name="link"/></zeroOrMore>
                <optional><element name="rights"><ref name="text"/></element></optional>
                <optional><element name="subtitle"><ref name="text"/></element></optional>
                <element name="title"><ref name="text"/></element>
                <element name="updated"><ref name="date"/></element>
              </interleave>
              <zeroOrMore><ref name="entry"/></zeroOrMore>
            </element>
          </define>
          <define name="entry">
            <element name="entry"><ref name="common"/>
              <interleave>
                <zeroOrMore><element name="author"><ref name="person"/></element></zeroOrMore>
                <zeroOrMore><ref name="category"/></zeroOrMore>
                <zeroOrMore><element name="contributor"><ref name="person"/></element></zeroOrMore>
                <ref name="id"/>
                <oneOrMore><ref name="link"/></oneOrMore>
                <optional><element name="published"><ref name="date"/></element></optional>
                <optional><element name="rights"><ref name="text"/></element></optional>
                <element name="summary"><ref name="text"/></element>
                <element name="title"><ref name="text"/></element>
                <element name="updated"><ref name="date"/></element>
              </interleave>
            </element>
          </define>
        </grammar>
        """
}
