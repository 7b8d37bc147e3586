namespace Wiredesk.Core.Reuse;

/// <summary>Turns the paragraphs of a source article into those of a copy, as republishers edit wire copy.</summary>
internal sealed class SyntheticEditor(SyntheticVocabulary vocabulary, SyntheticWriter writer)
{
    public List<List<SyntheticSentence>> Edit(List<List<SyntheticSentence>> source, SyntheticEdit edit, Random random)
    {
        var paragraphs = source.Select(p => p.Select(s => Touch(s, random)).ToList()).ToList();
        if (edit == SyntheticEdit.Shortened)
        {
            var keep = Math.Max(1, (int)Math.Round(paragraphs.Count * (0.25 + (random.NextDouble() * 0.25))));
            paragraphs = paragraphs.Take(keep).ToList();
        }

        DropSentences(paragraphs, edit == SyntheticEdit.Restructured ? 0.1 : 0.03, random);
        if (edit == SyntheticEdit.Restructured)
        {
            for (var n = 1 + random.Next(3); n > 0; n--)
            {
                var paragraph = paragraphs[random.Next(paragraphs.Count)];
                paragraph.Insert(random.Next(paragraph.Count + 1), writer.Sentence(random));
            }
        }

        if (edit == SyntheticEdit.Extended)
        {
            for (var n = 2 + random.Next(3); n > 0; n--)
            {
                paragraphs.Insert(random.Next(2) == 0 ? 0 : paragraphs.Count, writer.Paragraph(random));
            }
        }

        paragraphs.RemoveAll(p => p.Count == 0);
        return paragraphs.Count > 0 ? paragraphs : [[source[0][0]]];
    }

    /// <summary>About one word in thirty replaced, and British spellings made American.</summary>
    private SyntheticSentence Touch(SyntheticSentence sentence, Random random)
    {
        var words = (string[])sentence.Words.Clone();
        for (var w = 0; w < words.Length; w++)
        {
            if (vocabulary.American.TryGetValue(words[w], out var american))
            {
                words[w] = american;
            }
            else if (random.Next(30) == 0)
            {
                words[w] = vocabulary.Word(random);
            }
        }

        return sentence with { Words = words };
    }

    private static void DropSentences(List<List<SyntheticSentence>> paragraphs, double share, Random random)
    {
        foreach (var paragraph in paragraphs)
        {
            paragraph.RemoveAll(_ => random.NextDouble() < share);
        }
    }
}
