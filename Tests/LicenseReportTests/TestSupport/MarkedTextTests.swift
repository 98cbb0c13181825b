import Testing
import TestSupport

/// `MarkedText`: markers are removed and their places counted as the CSV reader and the JSON parser count them.
@Suite struct MarkedTextTests {
    private typealias P = MarkedText.Position

    @Test func markersAreRemovedAndPositioned() {
        let marked = MarkedText("A,B\n1️⃣1,2️⃣\"2\"\n3️⃣")
        #expect(marked.text == "A,B\n1,\"2\"\n")
        #expect(marked.bytes == Array("A,B\n1,\"2\"\n".utf8))
        #expect(marked.positions == ["1️⃣": P(line: 2, column: 1, offset: 4), "2️⃣": P(line: 2, column: 3, offset: 6),
                                     "3️⃣": P(line: 3, column: 1, offset: 10)])
        #expect(marked["2️⃣"].description == "2:3")
    }

    @Test func linesEndAtLFCRLFAndALoneCR() {
        let marked = MarkedText("a\r\n1️⃣b\r2️⃣c\n3️⃣d")
        #expect(marked.text == "a\r\nb\rc\nd")
        #expect([marked["1️⃣"].line, marked["2️⃣"].line, marked["3️⃣"].line] == [2, 3, 4])
        #expect([marked["1️⃣"].column, marked["2️⃣"].column, marked["3️⃣"].column] == [1, 1, 1])
    }

    /// A column is a character as an editor shows it; the byte offset counts UTF-8 bytes.
    @Test func columnsCountCharactersAndOffsetsCountBytes() {
        let marked = MarkedText("Bjørn;1️⃣e\u{301}🇳🇴;2️⃣x")
        #expect(marked["1️⃣"] == P(line: 1, column: 7, offset: 7))
        #expect(marked["2️⃣"] == P(line: 1, column: 10, offset: 7 + 3 + 8 + 1))
    }

    @Test func aLeadingByteOrderMarkIsNotAColumn() {
        let marked = MarkedText("\u{FEFF}1️⃣Period;2️⃣x")
        #expect(marked["1️⃣"] == P(line: 1, column: 1, offset: 3))
        #expect(marked["2️⃣"] == P(line: 1, column: 8, offset: 10))
        #expect(MarkedText("a\u{FEFF}1️⃣b")["1️⃣"].column == 3, "only at the start of the text")
    }

    /// Markers are found scalar by scalar, so one may stand before a combining mark; it takes the place of
    /// the character the mark belongs to.
    @Test func aMarkerBeforeACombiningMark() {
        let marked = MarkedText("ab1️⃣\u{301}c")
        #expect(marked.text == "ab\u{301}c")
        #expect(marked["1️⃣"] == P(line: 1, column: 2, offset: 2))
    }

    @Test func everyKeycapAndTenAreMarkers() {
        let marked = MarkedText("0️⃣a1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣9️⃣🔟b")
        #expect(marked.text == "ab")
        #expect(marked.positions.count == 11)
        #expect(marked["🔟"] == P(line: 1, column: 2, offset: 1))
        #expect(MarkedText("1\u{20E3} #️⃣ 1").text == "1\u{20E3} #️⃣ 1", "a digit alone or another keycap is text")
    }

    @Test func expandingWritesFileLineAndColumn() {
        let marked = MarkedText("A\n1️⃣x 2️⃣y")
        #expect(marked.expanding("1️⃣ error: bad x; 2️⃣ warning", file: "acme/usage.csv")
            == "acme/usage.csv:2:1: error: bad x; acme/usage.csv:2:3: warning")
    }

    @Test func textWithoutMarkersIsUnchanged() {
        let marked = MarkedText("{\"a\": \"Ærø\"}\n")
        #expect(marked.text == "{\"a\": \"Ærø\"}\n")
        #expect(marked.positions.isEmpty)
    }
}
