using System.Text.RegularExpressions;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Entities;

/// <summary>
/// Words around a name that make it an organisation: a list of names introduced by a plural of company ("two of the
/// three companies, Nordvik and Asfalt, …", "banks such as …") and the employer of an analyst, economist or trader
/// ("an analyst at Kelder").
/// </summary>
internal static partial class OrganisationSignals
{
    /// <summary>Where in <paramref name="text"/> the names listed after a plural of company or named as an analyst's
    /// employer stand.</summary>
    public static List<TextSpan> Spans(string text)
    {
        var spans = new List<TextSpan>();
        foreach (Match match in CompanyList().Matches(text))
        {
            spans.AddRange(match.Groups["name"].Captures.Select(c => new TextSpan(c.Index, c.Length)));
        }

        foreach (Match match in Employer().Matches(text))
        {
            var name = match.Groups["name"];
            spans.Add(new TextSpan(name.Index, name.Length));
        }

        return spans;
    }

    /// <summary>"companies, Nordvik and Asfalt", "lenders such as Kelder, Brannholt and Sund": two names or more.</summary>
    [GeneratedRegex(@"\b(?:companies|firms|banks|lenders|insurers|carriers|airlines|groups|brands|manufacturers|makers|retailers|suppliers|operators|rivals|competitors|conglomerates)(?:,|:|\s+(?:such as|including|like|namely))\s+(?<name>\p{Lu}[\p{L}\p{M}&'’.\-]*(?: \p{Lu}[\p{L}\p{M}&'’.\-]*){0,3})(?:(?:,\s*|,?\s+and\s+)(?<name>\p{Lu}[\p{L}\p{M}&'’.\-]*(?: \p{Lu}[\p{L}\p{M}&'’.\-]*){0,3}))+", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex CompanyList();

    /// <summary>"an analyst at Kelder", "economists at Brannholt Capital".</summary>
    [GeneratedRegex(@"\b(?:analysts?|economists?|strategists?|traders?|bankers?|brokers?|fund managers?|portfolio managers?)\s+at\s+(?<name>\p{Lu}[\p{L}\p{M}&'’.\-]*(?: \p{Lu}[\p{L}\p{M}&'’.\-]*){0,3})", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Employer();
}
