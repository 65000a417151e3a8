namespace Macpt.Messaging.Outbox;

/// <summary>
/// Adds an integration event to the current unit of work. It is stored by the same
/// <c>SaveChanges</c> as the state change and published after commit, never before.
/// </summary>
public interface IOutbox
{
    void Add<TEvent>(TEvent @event) where TEvent : class;
}
