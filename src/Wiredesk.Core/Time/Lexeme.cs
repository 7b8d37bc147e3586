namespace Wiredesk.Core.Time;

/// <summary>A lexicon entry: the class of a word and a number that goes with it (month 1-12, weekday 1-7, a unit...).</summary>
internal readonly record struct Lexeme(LexKind Kind, int Value = 0, bool Plural = false, bool Abbreviation = false);
