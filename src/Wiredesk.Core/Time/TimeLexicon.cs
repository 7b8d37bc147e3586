using System.Collections.Frozen;

namespace Wiredesk.Core.Time;

/// <summary>The words the temporal tagger knows, looked up without allocating (case-insensitive).</summary>
internal static class TimeLexicon
{
    private static readonly FrozenDictionary<string, Lexeme> Words = Build();
    private static readonly FrozenDictionary<string, Lexeme>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Lexeme Find(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out var lexeme) ? lexeme : default;

    private static FrozenDictionary<string, Lexeme> Build()
    {
        var words = new Dictionary<string, Lexeme>(StringComparer.OrdinalIgnoreCase);
        string[] months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        for (var m = 0; m < months.Length; m++)
        {
            words[months[m]] = new Lexeme(LexKind.Month, m + 1);
        }

        foreach (var (abbreviation, month) in new[] { ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12) })
        {
            words[abbreviation] = new Lexeme(LexKind.Month, month, Abbreviation: true);
        }

        string[] weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        for (var d = 0; d < weekdays.Length; d++)
        {
            words[weekdays[d]] = new Lexeme(LexKind.Weekday, d + 1);
        }

        foreach (var (abbreviation, day) in new[] { ("tues", 2), ("wed", 3), ("thurs", 4), ("fri", 5) })
        {
            words[abbreviation] = new Lexeme(LexKind.Weekday, day, Abbreviation: true);
        }

        string[] numbers = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
        for (var n = 0; n < numbers.Length; n++)
        {
            words[numbers[n]] = new Lexeme(LexKind.NumberWord, n + 1);
        }

        foreach (var (word, n) in new[] { ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90), ("hundred", 100), ("dozen", 12), ("couple", 2) })
        {
            words[word] = new Lexeme(LexKind.NumberWord, n);
        }

        string[] ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];
        for (var n = 0; n < ordinals.Length; n++)
        {
            words[ordinals[n]] = new Lexeme(LexKind.OrdinalWord, n + 1);
        }

        foreach (var (singular, plural, unit) in new[]
        {
            ("second", "seconds", TimeUnit.Second), ("minute", "minutes", TimeUnit.Minute), ("hour", "hours", TimeUnit.Hour),
            ("day", "days", TimeUnit.Day), ("week", "weeks", TimeUnit.Week), ("weekend", "weekends", TimeUnit.Weekend),
            ("month", "months", TimeUnit.Month), ("quarter", "quarters", TimeUnit.Quarter), ("year", "years", TimeUnit.Year),
            ("decade", "decades", TimeUnit.Decade), ("century", "centuries", TimeUnit.Century),
        })
        {
            if (unit != TimeUnit.Second)
            {
                words[singular] = new Lexeme(LexKind.Unit, (int)unit);
            }

            words[plural] = new Lexeme(LexKind.Unit, (int)unit, Plural: true);
        }

        foreach (var (word, season) in new[] { ("spring", 1), ("summer", 2), ("autumn", 3), ("fall", 3), ("winter", 4) })
        {
            words[word] = new Lexeme(LexKind.Season, season);
        }

        foreach (var (word, part) in new[] { ("morning", 1), ("afternoon", 2), ("evening", 3), ("night", 4) })
        {
            words[word] = new Lexeme(LexKind.PartOfDay, part);
        }

        foreach (var (word, unit) in new[] { ("hourly", TimeUnit.Hour), ("daily", TimeUnit.Day), ("weekly", TimeUnit.Week), ("monthly", TimeUnit.Month), ("annually", TimeUnit.Year), ("yearly", TimeUnit.Year), ("annual", TimeUnit.None) })
        {
            if (unit != TimeUnit.None)
            {
                words[word] = new Lexeme(LexKind.SetAdverb, (int)unit);
            }
        }

        foreach (var (word, kind) in new[]
        {
            ("today", LexKind.Today), ("yesterday", LexKind.Yesterday), ("tomorrow", LexKind.Tomorrow), ("tonight", LexKind.Tonight),
            ("now", LexKind.Now), ("currently", LexKind.PresentRef), ("nowadays", LexKind.PresentRef),
            ("recently", LexKind.PastRef), ("lately", LexKind.PastRef), ("latest", LexKind.Recent),
            ("this", LexKind.This), ("last", LexKind.Last), ("next", LexKind.Next), ("past", LexKind.Past),
            ("previous", LexKind.Previous), ("coming", LexKind.Coming), ("upcoming", LexKind.Coming), ("following", LexKind.Following),
            ("current", LexKind.Current), ("recent", LexKind.Recent), ("the", LexKind.The), ("a", LexKind.Article), ("an", LexKind.Article),
            ("ago", LexKind.Ago), ("earlier", LexKind.Earlier), ("later", LexKind.Later), ("early", LexKind.Early), ("late", LexKind.Late),
            ("mid", LexKind.Mid), ("middle", LexKind.Middle), ("end", LexKind.End), ("beginning", LexKind.Beginning), ("start", LexKind.Beginning),
            ("of", LexKind.Of), ("on", LexKind.On), ("at", LexKind.At), ("every", LexKind.Every), ("each", LexKind.Every), ("per", LexKind.Per),
            ("few", LexKind.Vague), ("several", LexKind.Vague), ("many", LexKind.Vague), ("some", LexKind.Vague),
            ("half", LexKind.Half), ("fiscal", LexKind.Fiscal), ("noon", LexKind.Noon), ("midday", LexKind.Noon), ("midnight", LexKind.Midnight),
            ("time", LexKind.Time), ("present", LexKind.Present), ("future", LexKind.Future), ("from", LexKind.From), ("other", LexKind.Other),
        })
        {
            words[word] = new Lexeme(kind);
        }

        words["a.m."] = new Lexeme(LexKind.AmPm, 0);
        words["p.m."] = new Lexeme(LexKind.AmPm, 12);
        words["pm"] = new Lexeme(LexKind.AmPm, 12);
        foreach (var zone in new[] { "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "msk", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt" })
        {
            words[zone] = new Lexeme(LexKind.Zone);
        }

        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
