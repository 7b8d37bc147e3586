using Wiredesk.Core.Documents;
using Wiredesk.Core.Text;

namespace Wiredesk.Core.Entities;

public sealed partial class EntityResolver
{
    private const int MaxRoleWords = 5;

    // "NATO Secretary-General Mark Rutte": title-case words (or qualifiers) right before the name, holding a title.
    private static string? RoleBefore(string text, TextSpan name)
    {
        var words = new List<(int Start, int End)>();
        var position = name.Start;
        while (words.Count < MaxRoleWords)
        {
            var end = position;
            while (end > 0 && text[end - 1] == ' ')
            {
                end--;
            }

            var start = end;
            while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '\'' or '’' or '.'))
            {
                start--;
            }

            if (start == end || end == position && position != name.Start || EndsSentence(text, start, end))
            {
                break;
            }

            var word = text[start..end];
            var key = EntityNames.Key(word);
            var titled = key.Split(' ').Any(RoleWords.IsTitle);
            if (!(char.IsUpper(word[0]) || RoleWords.IsQualifier(key) || titled) || (key is "the" or "a" or "an"))
            {
                break;
            }

            words.Insert(0, (start, end));
            position = start;
        }

        while (words.Count > 0 && !EntityNames.Key(text[words[0].Start..words[0].End]).Split(' ').Any(w => RoleWords.IsTitle(w) || char.IsUpper(text[words[0].Start])))
        {
            words.RemoveAt(0);
        }

        while (words.Count > 0 && Honorifics.Contains(EntityNames.Key(text[words[^1].Start..words[^1].End])))
        {
            words.RemoveAt(words.Count - 1);
        }

        var role = words.Count == 0 ? null : text[words[0].Start..words[^1].End];
        return role is not null && EntityNames.Key(role).Split(' ').Any(RoleWords.IsTitle) ? role : null;
    }

    // "Velmar." ends a sentence; "U.S." and "Mr." do not.
    private static bool EndsSentence(string text, int start, int end) =>
        text[end - 1] == '.' && end - start > 3 && text.IndexOf('.', start, end - start - 1) < 0;

    // "Mark Rutte, NATO's secretary-general, said": a short appositive holding a title.
    private static string? RoleAfter(string text, TextSpan name)
    {
        var at = name.End;
        if (at + 2 >= text.Length || text[at] != ',')
        {
            return null;
        }

        var close = text.IndexOfAny([',', '.', ';', '\n'], at + 1);
        if (close < 0 || close - at > 60)
        {
            return null;
        }

        var phrase = text[(at + 1)..close].Trim();
        var key = EntityNames.Key(phrase);
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 6 || !words.Any(RoleWords.IsTitle))
        {
            return null;
        }

        foreach (var article in (string[])["the ", "The ", "a ", "an "])
        {
            if (phrase.StartsWith(article, StringComparison.Ordinal))
            {
                phrase = phrase[article.Length..];
            }
        }

        return phrase;
    }

    // "the NATO chief", "the Turkish president", "the president": a title not followed by a name, resolved to the person
    // whose roles fit its head and qualifiers, the most recently named in the document first.
    private static void AddRoleReferences(Document document, List<Group> groups)
    {
        var people = groups.Where(g => g.Type == EntityType.Person && g.Roles.Count > 0).ToList();
        if (people.Count == 0)
        {
            return;
        }

        foreach (var paragraph in document.Paragraphs.Where(p => p.Kind is ParagraphKind.Body or ParagraphKind.Caption or ParagraphKind.Title or ParagraphKind.Heading))
        {
            foreach (var (span, qualifiers, head) in RoleReferences(document.Text, paragraph.Span))
            {
                var named = Parenthetical(document.Text, span.End, groups);
                var holders = named is not null ? [named] : people
                    .Where(p => head == "official" ? p.Mentions.Any(m => m.Document == document.Id && m.Span.Start < span.Start) : p.Roles.Any(r => Fits(EntityNames.Key(r), qualifiers, head)))
                    .OrderByDescending(p => p.Mentions.Where(m => m.Document == document.Id && m.Span.Start < span.Start).Select(m => m.Span.Start).DefaultIfEmpty(-1).Max())
                    .ThenByDescending(p => p.Mentions.Count)
                    .ToList();
                if (holders.Count > 0 && !holders[0].Mentions.Any(m => m.Document == document.Id && m.Span.Start < span.End && span.Start < m.Span.End))
                {
                    holders[0].Mentions.Add(new ResolvedMention(document.Id, span, document.Text.Substring(span.Start, span.Length), MentionKind.Role));
                }
            }
        }
    }

    // "the president (Erdoğan)": the name in brackets says who.
    private static Group? Parenthetical(string text, int end, List<Group> groups)
    {
        var open = end;
        while (open < text.Length && text[open] == ' ')
        {
            open++;
        }

        if (open >= text.Length || text[open] != '(')
        {
            return null;
        }

        var close = text.IndexOf(')', open);
        if (close < 0 || close - open > 40)
        {
            return null;
        }

        var words = Name(EntityNames.Key(text[(open + 1)..close]));
        return words.Length == 0 ? null
            : words.Length > 1 ? SamePerson(words, groups)
            : groups.FirstOrDefault(g => g.Type == EntityType.Person && g.FullNames.Any(f => EntityNames.NearlyEqual(f[^1], words[0])));
    }

    private static bool Fits(string roleKey, IReadOnlyList<string> qualifiers, string head)
    {
        if (!RoleWords.HeadFits(head, roleKey))
        {
            return false;
        }

        var roleWords = roleKey.Split(' ');
        return qualifiers.All(q => roleWords.Contains(q) || (CountryTable.Find(q) is { } country && roleWords.Any(w => CountryTable.Find(w) == country)));
    }

    private static IEnumerable<(TextSpan Span, IReadOnlyList<string> Qualifiers, string Head)> RoleReferences(string text, TextSpan region)
    {
        var tokens = Tokens(text, region);
        for (var i = 0; i < tokens.Count; i++)
        {
            var head = tokens[i].Key;
            if ((!RoleWords.IsTitle(head) && head != "official") || head is "general" or "secretary")
            {
                if (head != "secretary" || i + 1 >= tokens.Count || tokens[i + 1].Key != "general")
                {
                    continue;
                }

                head = "secretary general";
            }

            var last = head == "secretary general" ? i + 1 : i;
            var next = last + 1 < tokens.Count ? tokens[last + 1] : default;
            if (next.Key is not null && next.Start - tokens[last].End <= 1 && char.IsUpper(text[next.Start]))
            {
                continue; // a title before a name: the name's role, not a reference
            }

            var first = i;
            var qualifiers = new List<string>();
            while (first > 0 && i - first < 3 && tokens[first].Start - tokens[first - 1].End <= 1
                   && (char.IsUpper(text[tokens[first - 1].Start]) || RoleWords.IsQualifier(tokens[first - 1].Key)) && tokens[first - 1].Key is not "the" and not "a")
            {
                first--;
                if (!RoleWords.IsQualifier(tokens[first].Key))
                {
                    qualifiers.Add(tokens[first].Key);
                }
            }

            var hasArticle = first > 0 && tokens[first - 1].Key == "the";
            if ((!hasArticle && qualifiers.Count == 0) || (head == "official" && (!hasArticle || qualifiers.Count > 0 || first != i)))
            {
                continue;
            }

            var start = hasArticle ? tokens[first - 1].Start : tokens[first].Start;
            yield return (TextSpan.FromBounds(start, tokens[last].End), qualifiers, head);
        }
    }

    private static List<(int Start, int End, string Key)> Tokens(string text, TextSpan region)
    {
        var tokens = new List<(int, int, string)>();
        var i = region.Start;
        while (i < region.End)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < region.End && (char.IsLetterOrDigit(text[i]) || (text[i] is '-' or '.' && i + 1 < region.End && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            var end = i;
            if (i + 1 < region.End && text[i] is '\'' or '’' && text[i + 1] == 's')
            {
                i += 2;
            }

            var key = EntityNames.Key(text[start..end]);
            foreach (var part in key.Split(' '))
            {
                if (part.Length > 0)
                {
                    tokens.Add((start, end, part));
                }
            }
        }

        return tokens;
    }
}
