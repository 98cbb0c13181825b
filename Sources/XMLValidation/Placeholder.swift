public enum XMLValidationPlaceholder {}
