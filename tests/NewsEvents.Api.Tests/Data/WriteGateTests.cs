using NewsEvents.Data;

namespace NewsEvents.Api.Tests.Data;

/// <summary>On SQLite, write transactions queue on one in-process gate; on PostgreSQL they never wait for it.</summary>
public sealed class WriteGateTests
{
    [Fact]
    public async Task OnSqliteASecondWriterWaitsUntilTheFirstHasFinished()
    {
        var gate = new WriteGate(DatabaseProvider.Sqlite);
        var first = await gate.EnterAsync(CancellationToken.None);

        var second = gate.EnterAsync(CancellationToken.None).AsTask();
        Assert.False(second.IsCompleted);

        first.Dispose();
        (await second).Dispose();
    }

    [Fact]
    public async Task OnPostgresWritersDoNotQueue()
    {
        var gate = new WriteGate(DatabaseProvider.Postgres);
        using var first = await gate.EnterAsync(CancellationToken.None);

        Assert.True(gate.EnterAsync(CancellationToken.None).IsCompleted);
    }

    [Fact]
    public async Task AWriterThatGivesUpLeavesTheGateToTheNext()
    {
        var gate = new WriteGate(DatabaseProvider.Sqlite);
        var first = await gate.EnterAsync(CancellationToken.None);
        using var leave = new CancellationTokenSource();

        var abandoned = gate.EnterAsync(leave.Token).AsTask();
        await leave.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);

        first.Dispose();
        Assert.True(gate.EnterAsync(CancellationToken.None).IsCompleted);
    }
}
