extension CommandRegistry {
    /// Every command of storyshell, in the order `help` lists them within a group.
    public static let standard = CommandRegistry([
        LoadCommand.self, StoriesCommand.self, ShowCommand.self, FindCommand.self,
        CharactersCommand.self, CharacterCommand.self, QuotesCommand.self,
        OutlineCommand.self, ArcCommand.self, EndingsCommand.self, CompareCommand.self,
        SpliceCommand.self, RemixCommand.self, ExportCommand.self,
        HistoryCommand.self, SaveCommand.self, SourceCommand.self, RecordCommand.self,
        LessonCommand.self, SetCommand.self, HelpCommand.self, QuitCommand.self,
    ])
}
