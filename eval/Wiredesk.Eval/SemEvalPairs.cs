using System.Globalization;
using System.Text;

namespace Wiredesk.Eval;

/// <summary>Reads the SemEval-2022 Task 8 pair CSV: quoted fields that may hold newlines; keeps the texts and the Overall score.</summary>
internal static class SemEvalPairs
{
    internal sealed record Pair(string Id, string Text1, string Text2, double Overall);

    public static List<Pair> Read(string path)
    {
        var rows = Rows(File.ReadAllText(path)).ToList();
        if (rows.Count == 0)
        {
            throw new InvalidDataException($"{path}: empty file");
        }

        var header = rows[0];
        int Column(string name) => header.IndexOf(name) is var i and >= 0 ? i : throw new InvalidDataException($"{path}: no '{name}' column");
        var (id, text1, text2, overall) = (Column("pair_id"), Column("text1"), Column("text2"), Column("Overall"));
        return rows.Skip(1)
            .Where(r => r.Count > overall)
            .Select(r => new Pair(r[id], r[text1], r[text2], double.Parse(r[overall], CultureInfo.InvariantCulture)))
            .ToList();
    }

    private static IEnumerable<List<string>> Rows(string text)
    {
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return row;
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            yield return row;
        }
    }
}
