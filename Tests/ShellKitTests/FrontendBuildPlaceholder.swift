// Placeholder so the package manifest validates (Package.swift declares ShellKitTests
// but the directory did not exist on the skeleton commit). Delete once real tests land.
