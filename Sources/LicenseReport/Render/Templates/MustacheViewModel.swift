import Mustache

/// A view model whose template variables are looked up through a key-path table instead of Swift
/// reflection.
///
/// swift-mustache resolves `{{name}}` on a plain struct with `Mirror`, which costs a type-metadata walk
/// for every variable of every page (most of the render stage). A type that conforms to `MustacheParent`
/// is asked `child(named:)` instead. This protocol implements `child(named:)` from `mustacheKeys`, a table
/// of the type's stored properties, and returns exactly what `Mirror` gave swift-mustache
/// (`Mirror.getValue(forKey:)` in swift-mustache 2.1.1): the property's value as it is stored, except that
/// an `Optional` property is unwrapped one level (`nil` when it holds no value, so the lookup climbs the
/// context stack just as before), and `nil` for a name that is not a stored property.
///
/// The table must list every stored property under its own name and nothing else (no computed
/// properties: `Mirror` does not see them). `MustacheViewModelTests` compares the table with `Mirror`'s
/// labels and values for a sample of every view model, so a new stored property without a table entry
/// fails a test.
///
/// The same table serves the compiled renderer (`CompiledTemplate`): each entry is a `TemplateKey`, which
/// also reads the property as a `TemplateValue` chosen by the property's static type.
protocol MustacheViewModel: MustacheParent, TemplateObject, TemplateElement {
    /// Every stored property, by its name in the templates (the property's Swift name).
    static var mustacheKeys: TemplateKeys<Self> { get }
}

extension MustacheViewModel {
    /// The stored property `name`, as `Mirror` would give it: `Optional`s unwrapped one level, `nil`
    /// for an unknown name or an `Optional` holding no value.
    public func child(named name: String) -> Any? {
        guard let key = Self.mustacheKeys[name] else { return nil }
        let value = self[keyPath: key.keyPath]
        guard let optional = value as? any OptionalValue else { return value }
        return optional.wrappedAsAny
    }

    /// The stored property `name` for the compiled renderer (`.absent` for an `Optional` holding nothing).
    func templateValue(named name: String, slot: Int) -> TemplateValue? {
        Self.mustacheKeys[slot: slot]?.value(self)
    }

    /// A view model in a section is pushed on the stack.
    var templateValue: TemplateValue { .object(self) }
}

/// An `Optional` of any wrapped type, seen through `Any`, so that `child(named:)` can unwrap it one level.
protocol OptionalValue {
    /// The wrapped value (itself boxed as `Any`), or `nil` for `.none`.
    var wrappedAsAny: Any? { get }
}

extension Optional: OptionalValue {
    /// The wrapped value (itself boxed as `Any`), or `nil` for `.none`.
    var wrappedAsAny: Any? {
        switch self {
        case .some(let wrapped): .some(wrapped as Any)  // never flattened: a nested Optional stays one
        case .none: nil
        }
    }
}
