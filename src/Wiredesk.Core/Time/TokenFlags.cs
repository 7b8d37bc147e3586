namespace Wiredesk.Core.Time;

/// <summary>Shape details of a <see cref="TimeToken"/>.</summary>
[Flags]
internal enum TokenFlags
{
    None = 0,

    /// <summary>A word starting with a capital letter.</summary>
    Capitalized = 1,

    /// <summary>A number with a thousands comma or a decimal point: "1,500", "2.5".</summary>
    Grouped = 2,

    /// <summary>A number with colons: "10:30", "3:07:35".</summary>
    Clock = 4,

    /// <summary>A number with an ordinal suffix: "12th", "1st".</summary>
    Ordinal = 8,

    /// <summary>A number naming a decade: "1990s", "'90s".</summary>
    Decade = 16,

    /// <summary>Two digits after an apostrophe: "'58".</summary>
    Apostrophe = 32,

    /// <summary>A plural noun from the lexicon: "years", "days".</summary>
    Plural = 64,

    /// <summary>A sentence ends after this token.</summary>
    SentenceEnd = 128,
}
