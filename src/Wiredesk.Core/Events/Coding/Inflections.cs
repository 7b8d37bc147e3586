namespace Wiredesk.Core.Events.Coding;

/// <summary>
/// The regular English inflections the dictionaries leave implicit: a verb's <c>-s</c>, <c>-ed</c> and <c>-ing</c>
/// forms (with <c>-es</c>, <c>-ies</c>/<c>-ied</c>, a dropped final <c>e</c> and a doubled final consonant) and a noun's
/// plural. Upper-case in, upper-case out.
/// </summary>
internal static class Inflections
{
    /// <summary>The root and its regular forms, without duplicates.</summary>
    public static IReadOnlyList<string> VerbForms(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        var forms = new List<string> { root, ThirdPerson(root) };
        if (EndsWithConsonantY(root))
        {
            forms.Add(root[..^1] + "IED");
            forms.Add(root + "ING");
        }
        else if (root.EndsWith("IE", StringComparison.Ordinal))
        {
            forms.Add(root + "D");
            forms.Add(root[..^2] + "YING");
        }
        else if (root.EndsWith("EE", StringComparison.Ordinal))
        {
            forms.Add(root + "D");
            forms.Add(root + "ING");
        }
        else if (root[^1] == 'E')
        {
            forms.Add(root + "D");
            forms.Add(root[..^1] + "ING");
        }
        else
        {
            forms.Add(root + "ED");
            forms.Add(root + "ING");
            if (EndsConsonantVowelConsonant(root))
            {
                forms.Add(root + root[^1] + "ED");
                forms.Add(root + root[^1] + "ING");
            }
        }

        return forms.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The regular plural of a noun: <c>-s</c>, <c>-es</c> after a sibilant, <c>-ies</c> after a consonant and <c>y</c>.</summary>
    public static string Plural(string noun)
    {
        ArgumentException.ThrowIfNullOrEmpty(noun);
        return ThirdPerson(noun);
    }

    private static string ThirdPerson(string word)
    {
        if (EndsWithConsonantY(word))
        {
            return word[..^1] + "IES";
        }

        return word.EndsWith('S') || word.EndsWith('X') || word.EndsWith('Z') || word.EndsWith("CH", StringComparison.Ordinal) || word.EndsWith("SH", StringComparison.Ordinal)
            ? word + "ES"
            : word + "S";
    }

    private static bool EndsWithConsonantY(string word) => word.Length > 1 && word[^1] == 'Y' && !IsVowel(word[^2]);

    private static bool EndsConsonantVowelConsonant(string word) =>
        word.Length >= 3 && IsConsonant(word[^1]) && word[^1] is not ('W' or 'X' or 'Y') && IsVowel(word[^2]) && IsConsonant(word[^3]);

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';

    private static bool IsConsonant(char c) => c is >= 'A' and <= 'Z' && !IsVowel(c);
}
