namespace Macpt.EndToEnd.Tests;

/// <summary>Waits for an asynchronous outcome (an event crossing the bus) with a deadline, not a sleep.</summary>
public static class Eventually
{
    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan within, string what)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        T last;
        do
        {
            last = await probe();
            if (done(last)) return last;
            await Task.Delay(100);
        } while (clock.Elapsed < within);
        Assert.Fail($"Timed out after {within.TotalSeconds:0}s waiting for {what}; last value: {last}");
        return last;
    }
}
