using Wiredesk.Core.Text;

namespace Wiredesk.Core.Quotes;

/// <summary>A sentence of the document in reading order, with the person it is about (its subject), once resolved.</summary>
internal sealed class SentenceInfo(int paragraph, int start, int end)
{
    /// <summary>The position of the paragraph among the analysed ones.</summary>
    public int Paragraph { get; } = paragraph;

    public int Start { get; } = start;

    public int End { get; } = end;

    /// <summary>The person the sentence is about, when known.</summary>
    public KnownPerson? Subject { get; set; }

    /// <summary>
    /// Where the subject is written when it is a role that no person named in the document holds (<c>The fire chief</c>);
    /// a later "he" or "she" means that one.
    /// </summary>
    public TextSpan? RoleSubject { get; set; }

    /// <summary>The gender the noun of <see cref="RoleSubject"/> tells (<c>his wife</c>), when it does.</summary>
    public PersonGender RoleGender { get; set; }

    /// <summary>The people named in the sentence outside quotation marks, in order.</summary>
    public List<KnownPerson> Named { get; } = [];
}
