namespace Wiredesk.Core.Quotes;

/// <summary>A person named in a document, with the fullest form of the name and the roles written with it.</summary>
internal sealed class KnownPerson(string name, string[] words, PersonGender gender)
{
    public string Name { get; private set; } = name;

    public string[] Words { get; private set; } = words;

    public PersonGender Gender { get; set; } = gender;

    public List<string> Roles { get; } = [];

    public int Mentions { get; set; }

    public string Surname => Words[^1];

    /// <summary>Takes a longer form of the name.</summary>
    public void Lengthen(string name, string[] words)
    {
        if (words.Length > Words.Length)
        {
            Name = name;
            Words = words;
        }
    }

    /// <summary>Whether <paramref name="words"/> name this person: the same surname, and any other word found in the full name.</summary>
    public bool IsNamedBy(string[] words)
    {
        if (words.Length == 0 || !NameFolding.SameWord(words[^1], Surname))
        {
            return false;
        }

        for (var i = 0; i < words.Length - 1; i++)
        {
            var word = words[i];
            if (!Array.Exists(Words, w => NameFolding.SameWord(w, word)) && !(word.Length == 2 && word[1] == '.' && Array.Exists(Words, w => w[0] == word[0])))
            {
                return false;
            }
        }

        return true;
    }
}
