import Mustache

/// The root of every page's Mustache context: the page's view model, plus `t`, the language catalogue of
/// the render (`{{t.nav_usage}}`). Mustache looks a name up through the enclosing contexts, so `{{t.key}}`
/// works at any depth of sections and loops; no view model has a property `t` (`MustacheViewModelTests`).
/// `{{lang}}` is the language's code, for `<html lang="…">`.
struct LocalizedContext: MustacheParent {
    /// The page's view model.
    let page: Any
    /// The page as a `MustacheParent`, cast once: every name that no inner context has climbs to this
    /// root, and a cast from `Any` on each of those lookups cost more than the rest of the render.
    private let parent: MustacheParent?
    /// The words of the render's language.
    let t: Catalogue

    /// The root context of `page` with the catalogue `t`.
    init(page: Any, t: Catalogue) {
        self.page = page
        self.parent = page as? MustacheParent
        self.t = t
    }

    /// `t`, else the page's own variable, looked up as swift-mustache would look it up on the page.
    func child(named name: String) -> Any? {
        if name == "t" { return t }
        if name == "lang" { return t.code.rawValue }
        if let parent { return parent.child(named: name) }
        guard let child = Mirror(reflecting: page).children.first(where: { $0.label == name }) else { return nil }
        guard let optional = child.value as? any OptionalValue else { return child.value }
        return optional.wrappedAsAny
    }
}

/// `LocalizedContext` for the compiled renderer: the page is a view model, so no cast is needed at all.
/// Printed (`{{{.}}}` where nothing was pushed) as swift-mustache prints its root, the `LocalizedContext`.
struct CompiledRoot: TemplateObject, CustomStringConvertible {
    /// The page's view model.
    let page: any TemplateObject
    /// The words of the render's language.
    let t: Catalogue

    /// `t`, `lang`, else the page's own variable (the same order as `LocalizedContext.child(named:)`).
    func templateValue(named name: String, slot: Int) -> TemplateValue? {
        if slot == CompiledRoot.tSlot { return .object(t) }
        if slot == CompiledRoot.langSlot { return .text(t.code.rawValue) }
        return page.templateValue(named: name, slot: slot)
    }

    var description: String { String(describing: LocalizedContext(page: page as Any, t: t)) }

    private static let tSlot = TemplateNames.slot("t"), langSlot = TemplateNames.slot("lang")
}
