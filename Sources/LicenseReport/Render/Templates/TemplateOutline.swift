import Mustache

/// What a parsed template does, as far as the escaping guarantee is concerned: its content-type pragmas,
/// the variables it prints unescaped, the partials it includes, and anything the walk did not understand.
///
/// Read from swift-mustache's parsed form, not from the text: set-delimiter tags (`{{=<% %>=}}` then
/// `<%& value %>`), pragmas and partials are all resolved by the library's own parser, so no spelling can
/// slip past a check that a text scan would miss. swift-mustache keeps its tokens internal, so the walk
/// reads them through `Mirror` (the same way swift-mustache itself reads view models). The package pins
/// swift-mustache's exact version, `TemplateOutlineTests` proves the walk sees every token kind, and a
/// token the walk does not recognise is reported in `unrecognised` — the checks then refuse the template
/// rather than trust it.
struct TemplateOutline: Hashable, Sendable {
    /// The content type a pragma names.
    enum ContentType: Hashable, Sendable {
        case html
        case markdown
        /// `CSS` (`StyleElementContentType`): only for one stylesheet variable inside a `<style>` element.
        case css
        /// Any other type (`TEXT`, or one registered by someone else): escapes nothing we rely on.
        case other
    }

    /// The content type of the first token, when the template starts with a pragma.
    var leadingContentType: ContentType?
    /// Every pragma in the template, in order (the leading one included).
    var contentTypes: [ContentType] = []
    /// Indices into `contentTypes` of the `CSS` pragmas that open a stylesheet island: the pragma, exactly one
    /// escaped variable, then another pragma (`{{% CONTENT_TYPE: CSS}}{{stylesheet}}{{% CONTENT_TYPE: HTML}}`).
    var stylesheetIslands: Set<Int> = []
    /// Names of variables printed without escaping (`{{{name}}}`, `{{& name}}`, in any delimiters), in order.
    var unescapedVariables: [String] = []
    /// Names of the partials included (`{{> name}}`), in order, inheritance parents included.
    var partials: [String] = []
    /// Names of dynamic partials (`{{>*name}}`), whose template the data would choose.
    var dynamicPartials: [String] = []
    /// Token kinds the walk did not recognise.
    var unrecognised: [String] = []
    /// Names of the escaped variables (`{{name}}`, `{{t.key}}`), in order: the catalogue keys are checked on them.
    var variables: [String] = []

    /// The outline of `template`.
    init(_ template: MustacheTemplate) {
        let tokens = TemplateOutline.tokens(of: template)
        if let first = tokens.first, first.label == "contentType" {
            leadingContentType = TemplateOutline.contentType(first.value)
        }
        walk(tokens)
    }

    /// The tokens of `template` (`MustacheTokens`, shared with the compiled renderer); a template without
    /// readable tokens yields one token the walk does not recognise, so the checks refuse it.
    private static func tokens(of template: MustacheTemplate) -> [MustacheTokens.Token] {
        MustacheTokens.of(template) ?? [MustacheTokens.Token(label: "no tokens property", value: ())]
    }

    private mutating func walk(_ tokens: [MustacheTokens.Token]) {
        for (index, token) in tokens.enumerated() {
            let parts = Mirror(reflecting: token.value).children
            switch token.label {
            case "text":
                break
            case "variable":
                variables.append(TemplateOutline.name(token.value))
            case "unescapedVariable":
                unescapedVariables.append(TemplateOutline.name(token.value))
            case "section", "invertedSection", "blockDefinition", "blockExpansion":
                for template in TemplateOutline.templates(in: parts) { walk(TemplateOutline.tokens(of: template)) }
            case "partial":
                partials.append(TemplateOutline.name(token.value))
                for template in TemplateOutline.templates(in: parts) { walk(TemplateOutline.tokens(of: template)) }
            case "dynamicNamePartial":
                dynamicPartials.append(TemplateOutline.name(token.value))
            case "contentType":
                let type = TemplateOutline.contentType(token.value)
                if type == .css, index + 2 < tokens.count, tokens[index + 1].label == "variable",
                   tokens[index + 2].label == "contentType" {
                    stylesheetIslands.insert(contentTypes.count)
                }
                contentTypes.append(type)
            default:
                unrecognised.append(token.label)
            }
        }
    }

    /// The first string among a case's values: the variable, section or partial name.
    private static func name(_ value: Any) -> String {
        if let name = value as? String { return name }
        return Mirror(reflecting: value).children.lazy.compactMap { $0.value as? String }.first ?? "?"
    }

    /// Every template held by a case's values: a section's body, an inheritance block's default, the
    /// blocks a partial overrides.
    private static func templates(in parts: Mirror.Children) -> [MustacheTemplate] {
        var found: [MustacheTemplate] = []
        for part in parts {
            if let template = part.value as? MustacheTemplate {
                found.append(template)
            } else if let overrides = part.value as? [String: MustacheTemplate] {
                found += overrides.sorted { $0.key < $1.key }.map(\.value)
            } else if let overrides = part.value as? [String: MustacheTemplate]? , let overrides {
                found += overrides.sorted { $0.key < $1.key }.map(\.value)
            }
        }
        return found
    }

    private static func contentType(_ value: Any) -> ContentType {
        switch value {
        case is StrictHTMLContentType: .html
        case is MarkdownContentType: .markdown
        case is StyleElementContentType: .css
        default: .other
        }
    }
}
