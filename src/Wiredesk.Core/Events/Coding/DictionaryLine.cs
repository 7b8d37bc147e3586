namespace Wiredesk.Core.Events.Coding;

/// <summary>One meaningful line of a dictionary: its 1-based number and its text without comments, trimmed.</summary>
internal readonly record struct DictionaryLine(int Number, string Text);
