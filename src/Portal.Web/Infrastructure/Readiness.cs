namespace Portal.Web.Infrastructure;

/// <summary>
/// Where the start-up is: <see cref="WhenServing"/> once pages can be read (the database is migrated and holds a whole
/// site), <see cref="WhenReady"/> once this start's import is done too.
/// </summary>
public sealed class Readiness
{
    private readonly TaskCompletionSource serving = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsServing => serving.Task.IsCompletedSuccessfully;
    public Task WhenServing => serving.Task;
    public bool IsReady => ready.Task.IsCompletedSuccessfully;
    public Task WhenReady => ready.Task;

    /// <summary>The database holds the site of a finished import: readers may read it while content/ is imported again.</summary>
    public void MarkServing() => serving.TrySetResult();

    public void MarkReady()
    {
        serving.TrySetResult();
        ready.TrySetResult();
    }

    /// <summary>The start-up failed. A site already serving the last finished import goes on serving it; /healthz says it failed.</summary>
    public void MarkFailed(Exception e)
    {
        serving.TrySetException(e);
        ready.TrySetException(e);
    }
}
