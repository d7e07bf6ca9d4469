// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "storyshell",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "storyshell", targets: ["storyshell"]),
        .library(name: "StoryKit", targets: ["StoryKit"]),
        .library(name: "ShellKit", targets: ["ShellKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // libedit, wrapped so its variadic C calls become callable from Swift.
        .systemLibrary(
            name: "CLibedit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Stories and their analysis: no terminal code.
        .target(
            name: "StoryKit",
            resources: [.copy("Resources/vader_lexicon.txt"), .copy("Resources/LICENSE.txt"),
                        .copy("Resources/english_words.txt"), .copy("Resources/english_words.LICENSE.txt"),
                        .copy("Resources/Cues")]
        ),
        // The command language, registry, session and scripts: driven by plain strings in tests.
        .target(
            name: "ShellKit",
            dependencies: [
                "StoryKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The thin front end: libedit prompt and the process command line.
        .executableTarget(
            name: "storyshell",
            dependencies: [
                "ShellKit", "StoryKit", "CLibedit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The release binary carries the Swift runtime and Foundation: binding their
            // symbols at each start took longer than the rest of the start-up together.
            swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]
        ),
        // Fuzzing (scripts/fuzz): the functions each input runs through, shared with the tests.
        .target(name: "FuzzKit", dependencies: ["StoryKit", "ShellKit"]),
        // libFuzzer targets when built with -DSTORYSHELL_LIBFUZZER -sanitize=fuzzer; otherwise
        // reproducers that run the same function once on each file named.
        .executableTarget(name: "FuzzStory", dependencies: ["FuzzKit"]),
        .executableTarget(name: "FuzzCommand", dependencies: ["FuzzKit"]),
        // scripts/bench: each analysis pass timed alone, and the heap after it.
        .executableTarget(name: "PassBench", dependencies: ["StoryKit"]),
        .testTarget(name: "StoryKitTests", dependencies: ["StoryKit"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ShellKitTests", dependencies: ["ShellKit", "StoryKit"]),
        // Runs the built binary: exit codes, JSON lines, scripts, bad input.
        .testTarget(name: "EndToEndTests"),
    ]
)
