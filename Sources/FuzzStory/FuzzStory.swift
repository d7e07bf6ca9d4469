import FuzzKit
import Foundation

#if STORYSHELL_LIBFUZZER
// Built by scripts/fuzz with -DSTORYSHELL_LIBFUZZER -sanitize=fuzzer,address: a libFuzzer
// target whose entry point, `FuzzStory_main`, hands the command line to libFuzzer's driver.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTargets.story(Data(bytes: data, count: size))
    return 0
}

@_cdecl("FuzzStory_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzz)
}
#else
/// Built normally, the target is a reproducer: `FuzzStory FILE|FOLDER ...` runs each input once.
@main
enum FuzzStoryMain {
    static func main() {
        exit(FuzzTargets.reproduce(Array(CommandLine.arguments.dropFirst()), FuzzTargets.story))
    }
}
#endif
