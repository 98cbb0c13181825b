import Synchronization

/// A view-model value as the compiled renderer sees it (`CompiledTemplate`): its kind is known when the
/// view model is compiled, so rendering never asks the runtime what a value is.
///
/// swift-mustache receives every value as `Any` and finds out what it is with up to six dynamic casts per
/// lookup (`as? MustacheParent`, `as? MustacheSequence`, `as? Bool`, `as? MustacheCustomRenderable`, …);
/// those casts were a fifth of a fleet build (docs/performance.md, "Fleet build"). Here the property's
/// static type picks the case through `TemplateRepresentable`, so the same decisions are made by the
/// compiler instead.
enum TemplateValue {
    /// An `Optional` holding nothing: the lookup goes on up the context stack, as for a missing name.
    case absent
    /// A string: printed escaped; as a section, pushed on the stack (an empty string too, as swift-mustache does).
    case text(String)
    /// A boolean: printed `true`/`false`; as a section, shows the body without pushing anything.
    case flag(Bool)
    /// A list: as a section, the body once per element, each pushed in turn; printed as Swift describes the array.
    case list(any TemplateList)
    /// A view model: as a section, pushed; names are looked up in it.
    case object(any TemplateObject)
    /// Any other value (an integer): printed as `String(describing:)` prints it; as a section, pushed
    /// with no names of its own.
    case other(Any)

    /// The value as swift-mustache would have received it, for printing what is neither text nor a flag.
    var described: String {
        switch self {
        case .absent: ""
        case .text(let text): text
        case .flag(let flag): flag ? "true" : "false"
        case .list(let list): String(describing: list.raw)
        case .object(let object): String(describing: object)
        case .other(let value): String(describing: value)
        }
    }
}

/// Something with named template variables: a view model (`MustacheViewModel`), the catalogue `t`, the root context.
protocol TemplateObject {
    /// The variable `name` (whose `TemplateNames` slot is `slot`), or `nil` when the object has no such name
    /// (then the lookup climbs the stack). An `Optional` property holding nothing answers `.absent`, which
    /// the renderer treats like `nil`.
    func templateValue(named name: String, slot: Int) -> TemplateValue?
}

/// Variable names as small integers, so that a lookup on each level of the context stack is an array
/// index instead of hashing the name (the lookups were a tenth of a fleet build with a `Dictionary`).
/// A name gets its slot the first time a template or a view-model table mentions it; slots are never reused.
enum TemplateNames {
    private static let slots = Mutex<[String: Int]>([:])

    /// The slot of `name`.
    static func slot(_ name: String) -> Int {
        slots.withLock { slots in
            if let slot = slots[name] { return slot }
            let slot = slots.count
            slots[name] = slot
            return slot
        }
    }
}

/// A view model's table (`MustacheViewModel.mustacheKeys`), written as a dictionary literal
/// `["name": .init(\.name), …]`, readable by name (swift-mustache) and by slot (the compiled renderer).
struct TemplateKeys<Root>: ExpressibleByDictionaryLiteral, Sendable {
    /// The entries by name.
    let byName: [String: TemplateKey<Root>]
    /// The entries by `TemplateNames` slot (`nil` for a slot the type does not have).
    private let bySlot: [TemplateKey<Root>?]

    init(dictionaryLiteral elements: (String, TemplateKey<Root>)...) {
        byName = Dictionary(elements, uniquingKeysWith: { first, _ in first })
        var bySlot: [TemplateKey<Root>?] = []
        for (name, key) in elements {  // literal order: a repeated name keeps its first entry, as `byName` does
            let slot = TemplateNames.slot(name)
            if slot >= bySlot.count { bySlot += Array(repeating: nil, count: slot + 1 - bySlot.count) }
            bySlot[slot] = bySlot[slot] ?? key
        }
        self.bySlot = bySlot
    }

    /// The entry `name`.
    subscript(name: String) -> TemplateKey<Root>? { byName[name] }
    /// The entry of slot `slot`.
    subscript(slot slot: Int) -> TemplateKey<Root>? { slot < bySlot.count ? bySlot[slot] : nil }
    /// Every name.
    var keys: Dictionary<String, TemplateKey<Root>>.Keys { byName.keys }
}

/// A list a section iterates.
protocol TemplateList {
    /// The number of elements.
    var count: Int { get }
    /// Element `index` (0-based, below `count`).
    func element(at index: Int) -> TemplateValue
    /// The array itself, for printing it as swift-mustache would (`String(describing:)`).
    var raw: Any { get }
}

/// A type a view-model property may have. The conformance decides, at compile time, which `TemplateValue`
/// case the property is; a property of any other type does not compile into a `TemplateKey`, so nothing
/// is ever left to a runtime guess.
protocol TemplateRepresentable {
    /// The value for the compiled renderer.
    var templateValue: TemplateValue { get }
}

/// A representable type that is not an `Optional`: what an `Optional` may wrap and an array may hold. An
/// `Optional` holding nothing inside a list or inside another `Optional` is a value to swift-mustache (it prints
/// "nil") but nothing to `TemplateValue`, so such properties must not compile.
protocol TemplateElement: TemplateRepresentable {}

extension String: TemplateElement {}
extension Bool: TemplateElement {}
extension Int: TemplateElement {}
extension Array: TemplateElement where Element: TemplateElement {}

extension String: TemplateRepresentable {
    var templateValue: TemplateValue { .text(self) }
}

extension Bool: TemplateRepresentable {
    var templateValue: TemplateValue { .flag(self) }
}

extension Int: TemplateRepresentable {
    var templateValue: TemplateValue { .other(self) }
}

extension Optional: TemplateRepresentable where Wrapped: TemplateElement {
    /// One level unwrapped, as swift-mustache's `Mirror` lookup unwraps it; `.none` is `.absent`.
    var templateValue: TemplateValue {
        switch self {
        case .some(let wrapped): wrapped.templateValue
        case .none: .absent
        }
    }
}

extension Array: TemplateRepresentable where Element: TemplateElement {
    var templateValue: TemplateValue { .list(self) }
}

extension Array: TemplateList where Element: TemplateElement {
    func element(at index: Int) -> TemplateValue { self[index].templateValue }
    var raw: Any { self }
}

/// One entry of a view model's table: the stored property both as a typed accessor (the compiled
/// renderer) and as a key path (swift-mustache's `child(named:)`, for templates the compiled renderer
/// does not take).
struct TemplateKey<Root>: Sendable {
    /// The property, for `MustacheParent.child(named:)`.
    let keyPath: PartialKeyPath<Root> & Sendable
    /// The property as a `TemplateValue`.
    let value: @Sendable (Root) -> TemplateValue

    /// The stored property `keyPath`, read by `read` (`.init(\.name) { $0.name }`): a closure reads the property
    /// directly, where applying a stored key path goes through the run time's generic projection.
    init<Value: TemplateRepresentable>(_ keyPath: KeyPath<Root, Value> & Sendable, _ read: @escaping @Sendable (Root) -> Value) {
        self.keyPath = keyPath
        self.value = { read($0).templateValue }
    }
}
