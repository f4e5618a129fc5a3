using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsEvents.Data;

/// <summary>
/// In WAL mode, synchronous=NORMAL skips the fsync on every commit (WAL stays consistent; only the last commits before a
/// power loss can be lost, never corrupted), which is what makes per-article transactions cheap. The setting is per
/// connection, so it is applied each time EF opens one; busy_timeout lets concurrent writers wait instead of failing.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";
        command.ExecuteNonQuery();
    }
}
