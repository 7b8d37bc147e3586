namespace Wiredesk.Core.Documents;

/// <summary>What a paragraph of a cleaned article is. Only <see cref="Body"/> paragraphs (and quoted text inside embeds) feed the analysis stages.</summary>
public enum ParagraphKind
{
    /// <summary>The article's prose.</summary>
    Body,

    /// <summary>A section heading or bullet heading inside the article.</summary>
    Heading,

    /// <summary>A photo or video caption.</summary>
    Caption,

    /// <summary>An embedded social post, with its author, handle and date in <see cref="Paragraph.Embed"/>.</summary>
    Embed,

    /// <summary>Page furniture: a repeated title, a byline or meta line, "N minute read", "Related …", comment prompts. Kept and marked, never analysed.</summary>
    Boilerplate,

    /// <summary>The headline, where it stands in the text.</summary>
    Title,

    /// <summary>The dateline (the place the story was filed from), where it stands alone on a line.</summary>
    Dateline,
}
