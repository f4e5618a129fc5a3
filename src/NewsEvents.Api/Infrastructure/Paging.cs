namespace NewsEvents.Api.Infrastructure;

/// <summary>One page of results with the total number of matches.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int Size);

public static class Paging
{
    public const int MaxSize = 500;
    public const int DefaultSize = 50;
}
