import Foundation
import Synchronization

/// One story and every annotation storyshell computes over it, in the style of spaCy's `Doc`.
///
/// The passes run in a fixed order: cleaning, segmentation, characters (with quotes),
/// structure (beats and ending) and arc. Each adds one layer, computed once on first use and
/// cached, so commands are thin views and a corpus of thousands loads without analysing
/// stories nobody has looked at.
public final class StoryDocument: Sendable {
    /// The id users type: the file name without its extension, or a remix id like `002+get-out`.
    public let id: String
    /// The path it was loaded from, as given; nil for a story made in the session.
    public let file: String?
    /// Where a story made in the session came from (a remix), for `stories` and the report.
    public let origin: Origin?

    /// The source text until cleaning has run; then released, since ten thousand stories
    /// would otherwise be held twice. `raw` reads the file again when asked.
    private let rawSlot: Mutex<String?>
    private let cleanLayer: Layer<CleanText>
    private let segmentLayer = Layer<Segmentation>()
    private let tokenLayer = Layer<DocumentTokens>()
    private let castLayer = Layer<Cast>()
    private let structureLayer = Layer<Structure>()
    private let arcLayer = Layer<EmotionalArc>()
    /// `isAnalysable` once known (0 not yet, 1 yes, 2 no): corpus-wide commands ask it of
    /// every story on every run, and the clean layer is a lock and a copy away.
    private let analysable = Atomic<UInt8>(0)

    /// A story read from a file: cleaning runs on first use.
    public init(id: String, file: String?, text: String) {
        self.id = id
        self.file = file
        self.origin = nil
        self.rawSlot = Mutex(text)
        self.cleanLayer = Layer()
    }

    /// A story made in the session (a remix) whose text is already clean.
    public init(id: String, clean: CleanText, origin: Origin) {
        self.id = id
        self.file = nil
        self.origin = origin
        self.rawSlot = Mutex(nil)
        self.cleanLayer = Layer(clean)
    }

    /// The source text as read (after decoding), before any cleaning.
    public var raw: String {
        if let text = rawSlot.withLock({ $0 }) { return text }
        if let file, let data = FileManager.default.contents(atPath: file), case .success(let text) = TextDecoder.decode(data) {
            return text
        }
        return ([clean.title].compactMap { $0 } + [clean.text]).joined(separator: "\n")
    }

    /// Layer 1: the text with page noise removed and mojibake repaired.
    public var clean: CleanText {
        cleanLayer.value {
            let text = rawSlot.withLock { $0 } ?? ""
            // Front matter (an ending template) is looked at after loading; keep that text.
            if !text.hasPrefix("---") { rawSlot.withLock { $0 = nil } }
            return Cleaner.standard.clean(text)
        }
    }

    /// Layer 2: sentences and quoted speech, per paragraph.
    public var segments: Segmentation { segmentLayer.value { Segmenter.segment(clean.paragraphs) } }

    /// The one token layer, which the cast, the structure and the arc read (`DocumentTokens`).
    /// Unlike the other layers it is scratch, not kept: at about 100 bytes a word, ten thousand
    /// stories' tokens would triple the session's memory. It lives until its last reader, the
    /// arc, has run, or until `releaseTokens()`.
    var tokens: DocumentTokens { tokenLayer.value { DocumentTokens(paragraphs, segments: segments) } }

    /// The token layer for a reader after the passes (the remix): computed if need be, and
    /// dropped again if it was not there, so reading it leaves the document as it was.
    func borrowTokens() -> DocumentTokens {
        let had = tokenLayer.isComputed
        let t = tokens
        if !had { releaseTokens() }
        return t
    }

    /// Computes the token layer, so a benchmark can time it apart from the passes that read it.
    public func readTokens() { _ = tokens }

    /// Drops the token layer: corpus-wide views call it once a story's passes are done.
    public func releaseTokens() { tokenLayer.release() }

    /// Layer 3: the cast, with mentions and attributed quotes.
    public var cast: Cast { castLayer.value { CastAnalyzer.analyze(self) } }

    /// Layer 4: beats and the ending.
    public var structure: Structure { structureLayer.value { StructureAnalyzer.analyze(self) } }

    /// Layer 5: the emotional arc.
    public var arc: EmotionalArc {
        arcLayer.value {
            let arc = ArcAnalyzer.analyze(self)
            releaseTokens()
            return arc
        }
    }

    /// Text beyond this many bytes (about 300,000 words, a hundred times a long story) is
    /// not a story the analysis was made for: it loads, shows and searches, but the passes
    /// after segmentation refuse it rather than keep a session busy for minutes.
    public static let analysisLimit = 2_000_000

    /// Whether the cast, structure and arc passes may run on it.
    public var isAnalysable: Bool {
        switch analysable.load(ordering: .relaxed) {
        case 1: return true
        case 2: return false
        default:
            let yes = clean.byteCount <= Self.analysisLimit
            analysable.store(yes ? 1 : 2, ordering: .relaxed)
            return yes
        }
    }

    public var title: String? { clean.title }
    public var paragraphs: Paragraphs { clean.paragraphs }
    public var wordCount: Int { clean.wordCount }

    /// Which layers have been computed: for the benchmark and for `stats`.
    public var computedLayers: [String] {
        var names: [String] = []
        if cleanLayer.isComputed { names.append("clean") }
        if segmentLayer.isComputed { names.append("segments") }
        if tokenLayer.isComputed { names.append("tokens") }
        if castLayer.isComputed { names.append("cast") }
        if structureLayer.isComputed { names.append("structure") }
        if arcLayer.isComputed { names.append("arc") }
        return names
    }
}

/// How a story of the session was made.
public struct Origin: Sendable, Equatable, Codable {
    /// The command that made it, as typed, so that a report and a saved script can name it.
    public var command: String
    /// The stories it was made from, recipient first.
    public var sources: [String]
    /// The first paragraph (1-based) that is not the recipient's: where `show` and the
    /// exports mark the seam.
    public var seam: Int?
    /// The kind of the new ending, for a reader-facing choice label ("Take him back").
    public var ending: EndingKind?
    /// The self-check's warnings, for `export` to repeat.
    public var warnings: [String]
    public init(command: String, sources: [String], seam: Int? = nil, ending: EndingKind? = nil, warnings: [String] = []) {
        self.command = command
        self.sources = sources
        self.seam = seam
        self.ending = ending
        self.warnings = warnings
    }
}
