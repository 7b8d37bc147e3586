using System.Text.Json;
using Wiredesk.Core.Entities;
using Wiredesk.Core.Tests.Support;

namespace Wiredesk.Core.Tests.Entities;

public sealed class SeedEntityTests
{
    private static readonly Lazy<NamedEntityRecognizer> Recognizer = new(NamedEntityRecognizer.CreateDefault);

    [Fact]
    public void Every_gold_person_is_one_entity_carrying_the_gold_aliases_found_in_the_text()
    {
        var documents = new[] { "000", "001", "002", "003", "004" }.Select(Seeds.Clean).ToList();
        var entities = new EntityResolver(Recognizer.Value).Resolve(documents);
        using var gold = JsonDocument.Parse(File.ReadAllText(SharedData.Path("gold", "seeds.json")));
        var problems = new List<string>();
        foreach (var expected in gold.RootElement.GetProperty("entities").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "person"))
        {
            var canonical = expected.GetProperty("canonical").GetString()!;
            var owners = new HashSet<string>();
            foreach (var alias in expected.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).Append(canonical))
            {
                if (alias.StartsWith('(') || !documents.Any(d => Standalone(d.Text, alias)))
                {
                    continue;
                }

                var holder = entities.FirstOrDefault(e => e.Type == EntityType.Person && e.Aliases.Any(a => string.Equals(a, alias, StringComparison.OrdinalIgnoreCase) || string.Equals(a, "the " + alias, StringComparison.OrdinalIgnoreCase)));
                if (holder is null)
                {
                    problems.Add($"{canonical}: alias '{alias}' not found");
                }
                else
                {
                    owners.Add(holder.Name);
                }
            }

            if (owners.Count > 1)
            {
                problems.Add($"{canonical}: split over {string.Join(" / ", owners)}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n---\n" + string.Join("\n", entities.Where(e => e.Type == EntityType.Person).Select(e => $"{e.Name}: {string.Join(", ", e.Aliases)} | roles {string.Join("; ", e.Roles)}")));
    }

    // An occurrence not inside a longer name: "Barrot" in "Jean-Noel Barrot" or "Trump" in "Mr. Trump" does not count,
    // "Barrot said" would.
    private static bool Standalone(string text, string alias)
    {
        for (var at = text.IndexOf(alias, StringComparison.Ordinal); at >= 0; at = text.IndexOf(alias, at + 1, StringComparison.Ordinal))
        {
            var end = at + alias.Length;
            if ((end < text.Length && char.IsLetter(text[end])) || (at > 0 && char.IsLetter(text[at - 1])))
            {
                continue;
            }

            var before = at - 1;
            while (before >= 0 && text[before] == ' ')
            {
                before--;
            }

            var wordStart = before;
            while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] is '-' or '.'))
            {
                wordStart--;
            }

            var previousIsName = before >= 0 && before < at - 1 && (char.IsLetter(text[before]) || text[before] == '.') && char.IsUpper(text[wordStart]);
            if (!previousIsName)
            {
                return true;
            }
        }

        return false;
    }

    [Fact]
    public void Turkiye_Turkey_and_Turkish_are_one_place()
    {
        var documents = new[] { "000", "001", "002", "003", "004" }.Select(Seeds.Clean).ToList();
        var entities = new EntityResolver(Recognizer.Value).Resolve(documents);

        var turkiye = entities.Where(e => e.Aliases.Contains("Türkiye") || e.Aliases.Contains("Turkey") || e.Aliases.Contains("Turkiye")).ToList();
        var single = Assert.Single(turkiye);
        Assert.Equal("Türkiye", single.Name);
        Assert.Equal(EntityType.Place, single.Type);
    }
}
