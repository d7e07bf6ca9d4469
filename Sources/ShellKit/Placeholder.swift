public enum ShellKitPlaceholder {}
