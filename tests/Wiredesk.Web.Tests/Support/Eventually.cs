namespace Wiredesk.Web.Tests.Support;

/// <summary>Waits for background work (a poll, a folder scan) to show its effect; fails after a generous limit, never asserts speed.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, string what)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"{what} did not happen within a minute");
    }
}
