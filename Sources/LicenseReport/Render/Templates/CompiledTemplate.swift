import Mustache

/// A template parsed by swift-mustache, rendered without swift-mustache's run-time type tests.
///
/// Why our own renderer: swift-mustache's `render` receives every value as `Any` and, for each
/// `{{variable}}`, splits its name, climbs the context stack with two protocol casts per level and casts
/// the result four more times: about 2,500 instructions a variable, half of a fleet build
/// (docs/performance.md, "Fleet build"). Parsing, the syntax errors and every template check stay
/// swift-mustache's: this walks the library's parsed tokens (read through `Mirror`, as `TemplateOutline`
/// reads them, with swift-mustache pinned at 2.1.1), once per template when the templates are loaded, into
/// nodes whose names are already split; the values come from `TemplateValue`, whose kind the compiler chose.
///
/// It renders exactly what swift-mustache 2.1.1 renders (`Template+Render.swift`, `Context.swift`):
/// - names: `.` is the innermost context; `.a.b` starts there without climbing; `a.b` finds `a` in the
///   innermost context that has it (an `Optional` holding nothing counts as not having it), then `b` in it;
/// - sections: a list repeats its body per element (nothing when empty), a `Bool` shows it or not, any
///   other value (an empty string too) is pushed; inverted sections the reverse, an empty list pushed;
/// - escaping by the content-type pragma in force, which a section inherits and a partial resets;
/// - a partial's indentation is added before a token's output that follows a line break of the same
///   (partial or section) output, token by token, as swift-mustache adds it.
///
/// What it does not take (the whole page is then rendered by swift-mustache, `TemplateLibrary.render`):
/// transforms (`{{index()}}`), inheritance (`{{<parent}}`, `{{$block}}`), dynamic partials (`{{>*name}}`),
/// and an escaped variable where no pragma is in force (swift-mustache's own HTML escaper, not ours).
/// `CompiledTemplateTests` renders every golden page and a set of edge-case templates both ways.
struct CompiledTemplate: Sendable {
    /// One parsed token.
    indirect enum Node: Sendable {
        /// Text as written (its UTF-8 bytes).
        case text([UInt8])
        /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}`.
        case variable(Path, escaped: Bool)
        /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
        case section(Path, body: [Node], inverted: Bool)
        /// `{{> name}}`, with the indentation of a standalone tag.
        case partial(String, indentation: String?)
        /// `{{% CONTENT_TYPE: … }}`: escaping for the rest of this template (or section body).
        case contentType(any MustacheContentType)
    }

    /// A variable or section name, split once.
    struct Path: Sendable, Hashable {
        /// Where the lookup starts.
        enum Start: Sendable, Hashable {
            /// `.`: the innermost context itself.
            case current
            /// `.a.b`: in the innermost context, no climbing.
            case anchored
            /// `a.b`: the first name in the innermost context that has it.
            case climbing
        }

        let start: Start
        /// The names between the dots (empty parts dropped, as `split(separator:)` drops them).
        let names: [String]
        /// Each name's `TemplateNames` slot.
        let slots: [Int]

        /// The path of a name as written in the template.
        init(_ name: String) {
            if name == "." {
                start = .current
                names = []
            } else {
                start = name.first == "." ? .anchored : .climbing
                names = name.split(separator: ".").map(String.init)
            }
            slots = names.map(TemplateNames.slot)
        }
    }

    /// The template's nodes.
    let nodes: [Node]
    /// Names of the partials the template includes (its sections' too), for the library's closure check.
    let partials: Set<String>

    /// Compiles `template`, or `nil` when it uses a feature this renderer leaves to swift-mustache.
    init?(_ template: MustacheTemplate) {
        var partials = Set<String>()
        // A template starts with swift-mustache's own HTML escaping in force, which is not ours: `nil`.
        guard let tokens = MustacheTokens.of(template),
              let nodes = CompiledTemplate.compile(tokens, contentType: nil, partials: &partials) else { return nil }
        self.nodes = nodes
        self.partials = partials
    }

    private static func compile(_ tokens: [MustacheTokens.Token], contentType: (any MustacheContentType)?,
                                partials: inout Set<String>) -> [Node]? {
        var contentType = contentType
        var nodes: [Node] = []
        for token in tokens {
            switch token.label {
            case "text":
                guard let text = token.value as? String else { return nil }
                nodes.append(.text(Array(text.utf8)))
            case "variable", "unescapedVariable":
                let escaped = token.label == "variable"
                guard let name = token.string("name"), token.strings("transforms").isEmpty, !escaped || contentType != nil else { return nil }
                nodes.append(.variable(Path(name), escaped: escaped))
            case "section", "invertedSection":
                guard let name = token.string("name"), token.strings("transforms").isEmpty,
                      let body = token.template("template"), let bodyTokens = MustacheTokens.of(body),
                      let bodyNodes = compile(bodyTokens, contentType: contentType, partials: &partials) else { return nil }
                nodes.append(.section(Path(name), body: bodyNodes, inverted: token.label == "invertedSection"))
            case "partial":
                guard let name = token.string(".0"), token.isNil("inherits") else { return nil }
                partials.insert(name)
                nodes.append(.partial(name, indentation: token.optionalString("indentation")))
            case "contentType":
                guard let type = token.value as? any MustacheContentType else { return nil }
                contentType = type
                nodes.append(.contentType(type))
            default:
                return nil  // inheritance blocks, dynamic partials, anything a later swift-mustache adds
            }
        }
        return nodes
    }

    /// Renders the template with `root` as the outermost context, partials from `library`: UTF-8 (every
    /// piece is a whole `String`'s bytes, and indentation goes only between pieces).
    func render(root: any TemplateObject, library: [String: CompiledTemplate]) -> [UInt8] {
        var state = RenderState(library: library, stack: [.object(root)])
        state.out.reserveCapacity(32_768)
        state.render(nodes, contentType: nil, indentation: nil)
        return state.out
    }
}

/// The output and context stack of one render.
private struct RenderState {
    let library: [String: CompiledTemplate]
    var stack: [TemplateValue]
    var out: [UInt8] = []

    init(library: [String: CompiledTemplate], stack: [TemplateValue]) {
        self.library = library
        self.stack = stack
    }

    /// Renders `nodes` as swift-mustache's `MustacheTemplate.render(context:)` renders a template's tokens.
    mutating func render(_ nodes: [CompiledTemplate.Node], contentType: (any MustacheContentType)?, indentation: String?) {
        var contentType = contentType
        guard let indentation, !indentation.isEmpty else {
            for node in nodes { render(node, contentType: &contentType, indentation: indentation) }
            return
        }
        let start = out.count
        for node in nodes {
            let tokenStart = out.count
            render(node, contentType: &contentType, indentation: indentation)
            // swift-mustache: `if renderedString.count > 0, string.last == "\n" { string += indentation }`, where
            // `string` is this template's output so far; "\r\n" is one Character, so it does not end with "\n".
            if out.count > tokenStart, tokenStart > start, out[tokenStart - 1] == UInt8(ascii: "\n"),
               !(tokenStart - 2 >= start && out[tokenStart - 2] == UInt8(ascii: "\r")) {
                out.insert(contentsOf: indentation.utf8, at: tokenStart)
            }
        }
    }

    private mutating func render(_ node: CompiledTemplate.Node, contentType: inout (any MustacheContentType)?, indentation: String?) {
        switch node {
        case .text(let bytes):
            out += bytes
        case let .variable(path, escaped):
            guard let value = lookup(path) else { return }
            let text: String = if case .text(let text) = value { text } else { value.described }
            if escaped, let contentType { out += contentType.escapeText(text).utf8 } else { out += text.utf8 }
        case let .section(path, body, inverted):
            let value = lookup(path)
            switch value {
            case nil, .absent:
                if inverted { render(body, contentType: contentType, indentation: indentation) }
            case .flag(let flag):
                if flag != inverted { render(body, contentType: contentType, indentation: indentation) }
            case .list(let list):
                if list.count == 0 {
                    if inverted { pushed(.list(list)) { $0.render(body, contentType: contentType, indentation: indentation) } }
                } else if !inverted {
                    for index in 0..<list.count {
                        pushed(list.element(at: index)) { $0.render(body, contentType: contentType, indentation: indentation) }
                    }
                }
            case .some(let value):
                if !inverted { pushed(value) { $0.render(body, contentType: contentType, indentation: indentation) } }
            }
        case let .partial(name, indented):
            guard let partial = library[name] else { return }
            let inner = indented.map { (indentation ?? "") + $0 } ?? indentation
            render(partial.nodes, contentType: nil, indentation: inner)
        case .contentType(let type):
            contentType = type
        }
    }

    private mutating func pushed(_ value: TemplateValue, _ body: (inout RenderState) -> Void) {
        stack.append(value)
        body(&self)
        stack.removeLast()
    }

    /// The value of `path`, or `nil` when no context has it.
    private func lookup(_ path: CompiledTemplate.Path) -> TemplateValue? {
        // The stack is read in place (`stack[index]`), not through `last` or `reversed()`, which copy
        // each entry they pass (an existential: a retain, or one per field of a small view model).
        let innermost = stack.count - 1
        guard innermost >= 0 else { return nil }
        switch path.start {
        case .current:
            return stack[innermost]
        case .anchored:
            return resolve(path, from: 0, in: stack[innermost])
        case .climbing:
            guard !path.names.isEmpty else { return stack[innermost] }
            var index = innermost
            while index >= 0 {
                if let found = child(path, 0, of: stack[index]) { return resolve(path, from: 1, in: found) }
                index -= 1
            }
            return nil
        }
    }

    /// The names of `path` from index `first` on, looked up in turn from `value`.
    private func resolve(_ path: CompiledTemplate.Path, from first: Int, in value: TemplateValue) -> TemplateValue? {
        if first >= path.names.count { return value }  // one name: nothing left to resolve
        var value = value
        for index in first..<path.names.count {
            guard let found = child(path, index, of: value) else { return nil }
            value = found
        }
        return value
    }

    /// Name `index` of `path` in `value`: only view models have names; an `Optional` holding nothing is not a value.
    private func child(_ path: CompiledTemplate.Path, _ index: Int, of value: TemplateValue) -> TemplateValue? {
        guard case .object(let object) = value,
              let found = object.templateValue(named: path.names[index], slot: path.slots[index]) else { return nil }
        if case .absent = found { return nil }
        return found
    }
}

/// swift-mustache's parsed tokens, read through `Mirror` (the tokens are internal to the library).
enum MustacheTokens {
    /// One token: the enum case's name and its associated value (a tuple for several).
    struct Token {
        let label: String
        let value: Any

        /// The associated value labelled `name` (`.0` for the first unlabelled one).
        private func part(_ name: String) -> Any? {
            Mirror(reflecting: value).children.first { $0.label == name }?.value
        }
        func string(_ name: String) -> String? { part(name) as? String }
        func strings(_ name: String) -> [String] { part(name) as? [String] ?? [] }
        func template(_ name: String) -> MustacheTemplate? { part(name) as? MustacheTemplate }
        func optionalString(_ name: String) -> String? { (part(name) as? String?) ?? nil }
        /// Whether the part `name` is an `Optional` holding nothing (or missing).
        func isNil(_ name: String) -> Bool {
            guard let part = part(name) else { return true }
            let mirror = Mirror(reflecting: part)
            return mirror.displayStyle == .optional && mirror.children.isEmpty
        }
    }

    /// The tokens of `template`, in order.
    /// `nil` when the template has no `tokens` (a swift-mustache other than 2.1.1).
    static func of(_ template: MustacheTemplate) -> [Token]? {
        guard let tokens = Mirror(reflecting: template).children.first(where: { $0.label == "tokens" })?.value else { return nil }
        return Mirror(reflecting: tokens).children.map { child in
            guard let token = Mirror(reflecting: child.value).children.first, let label = token.label else {
                return Token(label: "\(child.value)", value: child.value)
            }
            return Token(label: label, value: token.value)
        }
    }
}
