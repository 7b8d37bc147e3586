namespace Wiredesk.Web.Feeds;

/// <summary>The feed list file: one http(s) address per line; blank lines and lines starting with <c>#</c> are skipped.</summary>
internal static class FeedList
{
    public static (IReadOnlyList<Uri> Feeds, IReadOnlyList<string> Invalid) Parse(string text)
    {
        var feeds = new List<Uri>();
        var invalid = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (Uri.TryCreate(line, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                feeds.Add(uri);
            }
            else
            {
                invalid.Add(line);
            }
        }

        return (feeds, invalid);
    }
}
