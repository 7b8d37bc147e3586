namespace Wiredesk.Core.Storage;

/// <summary>
/// A store that several processes may analyse at once. An analysis stage reads what is pending, works on it and saves
/// what it found; two runs of one stage side by side would each miss what the other saves (a reuse pair split between
/// them, a story placed twice). Holding the stage's lock for the whole run makes concurrent runs take turns: the second
/// one starts when the first has finished and finds only what is still pending.
/// </summary>
public interface IAnalysisLock
{
    /// <summary>Waits until no other caller, in this process or another, holds <paramref name="stage"/>, then holds it until the result is disposed.</summary>
    /// <param name="stage">The stage's name, such as <c>reuse</c> or <c>stories</c>.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    Task<IAsyncDisposable> LockStageAsync(string stage, CancellationToken cancellationToken);
}
