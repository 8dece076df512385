namespace Portal.Web.Infrastructure;

/// <summary>Tells whether the database is migrated and the content imported.</summary>
public sealed class Readiness
{
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => ready.Task.IsCompletedSuccessfully;
    public Task WhenReady => ready.Task;
    public void MarkReady() => ready.TrySetResult();
    public void MarkFailed(Exception e) => ready.TrySetException(e);
}
