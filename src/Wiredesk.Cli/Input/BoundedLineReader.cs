using System.Text;

namespace Wiredesk.Cli.Input;

/// <summary>
/// Reads lines from a text stream without ever holding more than <c>maxChars</c> characters of one line: the rest of a
/// longer line is skipped, and the line is reported as too long, so that one huge line cannot exhaust memory.
/// </summary>
internal sealed class BoundedLineReader(TextReader reader, long maxChars)
{
    private readonly char[] _buffer = new char[64 * 1024];
    private readonly StringBuilder _line = new();
    private int _position;
    private int _length;

    /// <summary>The next line (without its end), or <see langword="null"/> in <c>Line</c> with <c>TooLong</c> set when it was over the limit; <see langword="null"/> at the end.</summary>
    public async ValueTask<(string? Line, bool TooLong)?> ReadLineAsync(CancellationToken cancellationToken)
    {
        _line.Clear();
        var tooLong = false;
        var any = false;
        while (true)
        {
            if (_position == _length)
            {
                _length = await reader.ReadAsync(_buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
                _position = 0;
                if (_length == 0)
                {
                    return any ? Finish(tooLong) : null;
                }
            }

            any = true;
            var span = _buffer.AsSpan(_position, _length - _position);
            var end = span.IndexOfAny('\n', '\r');
            var chunk = end < 0 ? span : span[..end];
            if (!tooLong)
            {
                if (_line.Length + chunk.Length > maxChars)
                {
                    tooLong = true;
                    _line.Clear();
                }
                else
                {
                    _line.Append(chunk);
                }
            }

            if (end < 0)
            {
                _position = _length;
                continue;
            }

            _position += end + 1;
            if (span[end] == '\r')
            {
                await SkipLineFeedAsync(cancellationToken).ConfigureAwait(false);
            }

            return Finish(tooLong);
        }
    }

    private (string? Line, bool TooLong) Finish(bool tooLong) => tooLong ? (null, true) : (_line.ToString(), false);

    private async ValueTask SkipLineFeedAsync(CancellationToken cancellationToken)
    {
        if (_position == _length)
        {
            _length = await reader.ReadAsync(_buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
            _position = 0;
        }

        if (_position < _length && _buffer[_position] == '\n')
        {
            _position++;
        }
    }
}
