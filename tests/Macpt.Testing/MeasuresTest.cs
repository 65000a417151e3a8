namespace Macpt.Testing;

/// <summary>
/// The one set-up of a service's measures tests: its measures (<typeparamref name="TMeasures"/>) made over a
/// <see cref="MeasureRecorder"/> of the test's own, disposed with the test.
/// </summary>
public abstract class MeasuresTest<TMeasures> : IDisposable
{
    protected MeasuresTest(Func<MeasureRecorder, TMeasures> create) => Measures = create(Recorded);

    protected MeasureRecorder Recorded { get; } = new();

    protected TMeasures Measures { get; }

    public void Dispose()
    {
        Recorded.Dispose();
        GC.SuppressFinalize(this);
    }
}
