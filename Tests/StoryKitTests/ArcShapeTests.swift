import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import StoryKit

/// The arc a class reads: scaled to the story's range, beat levels kept by the smoothing, the
/// shape named with its turning points, two arcs aligned by beat, labels that do not collide.
@Suite struct ArcShapeTests {
    /// Attributes of every element of an SVG, in document order.
    final class Elements: NSObject, XMLParserDelegate {
        var list: [(String, [String: String], String)] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            list.append((name, attributes, ""))
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !list.isEmpty { list[list.count - 1].2 += string }
        }
    }

    static func elements(_ svg: String) -> [(String, [String: String], String)] {
        let parser = XMLParser(data: Data(svg.utf8))
        let e = Elements()
        parser.delegate = e
        #expect(parser.parse())
        return e.list
    }

    /// The share of the plot's height the smoothed arc spans.
    static func heightUsed(_ svg: String) -> Double {
        let els = elements(svg)
        guard let plot = els.first(where: { $0.0 == "rect" && $0.1["class"] == "plot" })?.1,
              let h = Double(plot["height"] ?? ""), h > 0 else { return 0 }
        let ys = els.filter { $0.0 == "polyline" && ($0.1["class"] ?? "").hasPrefix("arc") }
            .flatMap { ($0.1["points"] ?? "").split(separator: " ").compactMap { Double($0.split(separator: ",").last ?? "") } }
        guard let lo = ys.min(), let hi = ys.max() else { return 0 }
        return (hi - lo) / h
    }

    static var documents: [StoryDocument] { Repo.sampleIDs.map(Repo.sample) + Repo.fixtureIDs.map(Repo.fixture) }

    @Test func everyArcUsesTwoThirdsOfItsPlotHeight() {
        var figures: [String] = []
        for doc in Self.documents {
            let used = Self.heightUsed(ArcSVG.render(doc: doc))
            figures.append("\(doc.id.prefix(12)) \(Int((used * 100).rounded())) %")
            #expect(used >= 2.0 / 3.0, "\(doc.id): the arc spans \(used) of the plot")
            // Small pictures too.
            #expect(Self.heightUsed(ArcSVG.render(doc: doc, width: 300, height: 160)) >= 2.0 / 3.0)
        }
        print("arc plot height used: " + figures.joined(separator: ", "))
    }

    @Test func theScaleIsTheStorysAndTheAxisSaysSo() {
        let doc = Repo.sample("003")
        let svg = ArcSVG.render(doc: doc)
        let range = doc.arc.range!
        #expect(svg.contains("scaled to this story&apos;s range"))
        #expect(svg.contains(SVGText.signed(range.lowerBound)) && svg.contains(SVGText.signed(range.upperBound)))
        // The raw values stay as they were: only the picture is scaled.
        #expect(doc.arc.paragraphs.min()! < range.lowerBound)
    }

    @Test func beatMeansAreStepsUnderTheCurve() {
        let doc = Repo.sample("004")
        let svg = ArcSVG.render(doc: doc)
        let els = Self.elements(svg)
        let steps = els.firstIndex { $0.1["class"] == "beat-means" }, curve = els.firstIndex { $0.1["class"] == "arc" }
        #expect(steps != nil && curve != nil && steps! < curve!, "the steps are drawn first, under the curve")
        let d = els[steps!].1["d"] ?? ""
        #expect(d.components(separatedBy: "M").count - 1 == doc.structure.beats.count)
    }

    /// Where the paragraphs before smoothing fall into the struggle and rise in the rebuilding,
    /// the smoothed beats do too.
    @Test func smoothingKeepsTheFallAndTheRise() {
        var checked = 0
        for doc in Self.documents {
            let arc = doc.arc, beats = doc.structure.beats
            func mean(_ values: [Double], _ kind: BeatKind) -> Double? {
                guard let b = beats.first(where: { $0.kind == kind }) else { return nil }
                let slice = values[(b.first - 1)..<min(values.count, b.last)]
                return slice.isEmpty ? nil : slice.reduce(0, +) / Double(slice.count)
            }
            let pairs: [(BeatKind, BeatKind)] = [(.setup, .struggle), (.setup, .departure), (.struggle, .rebuilding)]
            for (x, y) in pairs {
                guard let rx = mean(arc.paragraphs, x), let ry = mean(arc.paragraphs, y), abs(ry - rx) > 0.05,
                      let sx = mean(arc.smoothed, x), let sy = mean(arc.smoothed, y) else { continue }
                checked += 1
                #expect((sy - sx) * (ry - rx) > 0, "\(doc.id): \(x)→\(y) moves \(ry - rx) before smoothing, \(sy - sx) after")
            }
        }
        #expect(checked >= 6)
    }

    @Test(arguments: [
        ([0.0, 0.1, 0.3, 0.5, 0.7, 0.9], "rags to riches"),
        ([0.9, 0.6, 0.4, 0.1, 0.0, -0.2], "riches to rags"),
        ([0.4, 0.1, -0.3, -0.5, -0.1, 0.3, 0.5], "man in a hole"),
        ([-0.3, 0.1, 0.5, 0.6, 0.2, -0.4], "Icarus"),
        ([-0.4, 0.3, 0.5, -0.2, -0.3, 0.2, 0.6], "Cinderella"),
        ([0.5, -0.2, -0.4, 0.3, 0.4, -0.2, -0.5], "Oedipus"),
        ([0.1, 0.1, 0.105, 0.1], "flat"),
    ])
    func shapesOfReaganEtAl(_ values: [Double], _ name: String) {
        let shape = ArcShape.classify(values) { p in [("sentence of ¶\(p)", values[p - 1])] }
        #expect(shape.name == name)
        #expect(shape.turningPoints.count == max(0, shape.moves.count - 1))
    }

    @Test func turningPointsNameTheirParagraphAndSentence() {
        let values = [0.4, 0.1, -0.3, -0.5, -0.1, 0.3, 0.5]
        let shape = ArcShape.classify(values) { p in [("calm", 0.0), ("worst of ¶\(p)", -0.9), ("best of ¶\(p)", 0.9)] }
        #expect(shape.moves == [.fall, .rise])
        #expect(shape.turningPoints.map(\.paragraph) == [4])
        #expect(shape.turningPoints.first?.kind == .trough)
        #expect(shape.turningPoints.first?.sentence == "worst of ¶4")
        // Small wiggles under a quarter of the range are not moves.
        let wiggly = [0.4, 0.35, 0.38, -0.5, -0.45, -0.48, 0.5]
        #expect(ArcShape.classify(wiggly) { _ in [] }.name == "man in a hole")
    }

    @Test func everySampleHasANamedShapeWithItsTurns() {
        for id in Repo.sampleIDs {
            let doc = Repo.sample(id)
            let shape = doc.arc.shape
            #expect(shape.name != "flat", "\(id)")
            for t in shape.turningPoints {
                #expect((1...doc.paragraphs.count).contains(t.paragraph))
                #expect(!t.sentence.isEmpty && Array(doc.paragraphs)[t.paragraph - 1].contains(t.sentence))
            }
            #expect(ArcAnalyzer.analyze(Repo.sample(id)).shape == shape, "deterministic")
        }
    }

    @Test func twoArcsAlignByBeat() {
        let a = Repo.sample("001"), b = Repo.sample("003")
        let al = BeatAlignment(a, b)
        #expect(abs((al.slots.last?.end ?? 0) - 1) < 1e-9 && al.slots.first?.start == 0)
        #expect(al.slots.map(\.kind) == BeatKind.allCases.filter { k in (a.structure.beats + b.structure.beats).contains { $0.kind == k } })
        for k in 0..<2 {
            let xs = al.positions(k).filter { !$0.isNaN }
            #expect(zip(xs, xs.dropFirst()).allSatisfy { $0 < $1 }, "paragraphs keep their order")
        }
        // The setups sit under one another.
        let setup = al.slots.first { $0.kind == .setup }!
        #expect(al.positions(0)[0] >= setup.start && al.positions(1)[0] <= setup.end)
        let svg = ArcSVG.compare(a, b)
        #expect(Self.elements(svg).filter { $0.0 == "polyline" }.count >= 2)
        #expect(Self.heightUsed(svg) >= 2.0 / 3.0)
        #expect(svg.contains(a.id) && svg.contains(b.id) && svg.contains("joint range"))
    }

    /// Beat labels of the outline picture do not run into each other or off the edge, a one-
    /// paragraph beat reads "¶9", and the picture has its title.
    @Test(arguments: ["000", "001", "002", "003", "004"])
    func outlineSVGLabelsAreReadable(_ id: String) {
        let doc = Repo.sample(id)
        let svg = OutlineSVG.render(doc: doc)
        let els = Self.elements(svg)
        #expect(els.contains { $0.1["class"] == "title" && !$0.2.isEmpty })
        #expect(!svg.contains(">¶9–9<") && !svg.contains(">11–11<"))
        let labels = els.filter { $0.0 == "text" && $0.1["text-anchor"] == "middle" }
        var byRow: [String: [(Double, Double)]] = [:]
        for (_, a, text) in labels {
            let x = Double(a["x"]!)!, half = SVGText.width(text, size: 10) / 2
            #expect(x - half >= 0 && x + half <= 720, "\(text) inside the picture")
            byRow[a["y"]!, default: []].append((x - half, x + half))
        }
        for (_, spans) in byRow {
            let sorted = spans.sorted { $0.0 < $1.0 }
            #expect(zip(sorted, sorted.dropFirst()).allSatisfy { $0.1 <= $1.0 }, "labels on one row do not overlap")
        }
        for b in doc.structure.beats where doc.structure.beats.count <= 7 {
            #expect(labels.contains { $0.2 == b.kind.rawValue } || svg.contains("<title>\(b.kind.rawValue)"), "\(b.kind) named or in a tooltip")
        }
    }
}
