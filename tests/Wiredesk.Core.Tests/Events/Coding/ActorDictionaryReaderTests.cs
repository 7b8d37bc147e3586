using Wiredesk.Core.Events.Coding;

namespace Wiredesk.Core.Tests.Events.Coding;

public sealed class ActorDictionaryReaderTests
{
    private static readonly ActorDictionary Dictionary = ActorDictionaryReader.Read(SmallDictionaries.Actors, "actors.txt");

    private static ActorEntry Find(params string[] words)
    {
        Assert.Equal(words.Length, Dictionary.Names.LongestAt(words, 0, _ => true, out var entry));
        return entry!;
    }

    [Fact]
    public void Synonyms_share_the_codes_of_their_name()
    {
        Assert.Equal("GON", Find("MINAS", "TIRITH").CodeOn(null));
        Assert.Equal("GON", Find("GONDOR").CodeOn(null));
    }

    [Fact]
    public void Date_restrictions_choose_the_code_of_the_day()
    {
        var zimbabwe = Find("ZIMBABWE");
        Assert.Equal("RHO", zimbabwe.CodeOn(new DateOnly(1975, 1, 1)));
        Assert.Equal("ZBW", zimbabwe.CodeOn(new DateOnly(1980, 1, 1)));
        Assert.Equal("ZBW", zimbabwe.CodeOn(null));
    }

    [Fact]
    public void A_range_restriction_holds_between_its_dates_only()
    {
        var dictionary = ActorDictionaryReader.Read("SAM [HOB]\n    [HOBGOV 20121109-20130119]\n    [HOBELI >20130119]\n");
        Assert.Equal(1, dictionary.Names.LongestAt(["SAM"], 0, _ => true, out var sam));
        Assert.Equal("HOB", sam!.CodeOn(new DateOnly(2012, 1, 1)));
        Assert.Equal("HOBGOV", sam.CodeOn(new DateOnly(2012, 12, 1)));
        Assert.Equal("HOBELI", sam.CodeOn(new DateOnly(2014, 1, 1)));
    }

    [Fact]
    public void An_unreadable_date_names_the_file_and_line_or_is_skipped_leniently()
    {
        const string text = "GONDOR [GON]\nROHAN [ROH 19XX0101-20000101]\n";
        var error = Assert.Throws<DictionaryFormatException>(() => ActorDictionaryReader.Read(text, "a.txt"));
        Assert.Equal(2, error.LineNumber);
        var lenient = ActorDictionaryReader.Read(text, "a.txt", lenient: true);
        Assert.Single(lenient.Warnings);
        Assert.Equal(1, lenient.Names.LongestAt(["GONDOR"], 0, _ => true, out _));
    }
}
