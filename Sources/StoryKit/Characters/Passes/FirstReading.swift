/// What the first walk tells the second. A "he" on page one means the partner only once the
/// whole story has said who the partner is, so the story is walked twice: the second walk
/// starts from the same named entities, with the genders the first settled and the leaver it
/// found. Nothing else carries over but `QuoteEvidence.embedded`, passed on by the caller.
struct FirstReading {
    /// The entity table the first walk started from, with each entity's gender as it ended.
    let entities: EntityTable
    let leaverHint: LeaverHint?

    init(base: EntityTable, scene: CastScene, roles: Roles) {
        var after = scene.ents
        var hints: [Int: Gender] = [:]
        for e in 0..<base.count { if let g = after.gender(after.find(e)) { hints[e] = g } }
        var hint: LeaverHint? = nil
        if let l = roles.leaver {
            let named = (1..<base.count).first { after.find($0) == l }
            hint = named.map { .named($0) } ?? .partner(after.gender(l))
        }
        var ents = base
        for (e, g) in hints where ents[e].statedGender == nil { ents[e].statedGender = g }
        entities = ents
        leaverHint = hint
    }
}
