namespace Wiredesk.Core.Time;

/// <summary>Calendar and clock units, as the lexicon names them.</summary>
internal enum TimeUnit
{
    None,
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}
