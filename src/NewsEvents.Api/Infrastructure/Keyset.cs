using System.Linq.Expressions;

namespace NewsEvents.Api.Infrastructure;

/// <summary>
/// The keyset ("seek") predicate for a query ordered by a nullable key then id, both in one direction: the rows after a
/// cursor's row. The ORDER BY stays the plain (key, id) one that the indexes serve, so NULL keys sit where the provider
/// puts them (SQLite: lowest, PostgreSQL: highest) and the predicate follows: offset and cursor pages agree.
/// </summary>
public static class Keyset
{
    public static IQueryable<T> After<T, TKey>(this IQueryable<T> source, Expression<Func<T, TKey?>> key, Expression<Func<T, long>> id,
        TKey? last, long lastId, bool descending, bool nullsSortLow) where TKey : struct
    {
        var row = key.Parameters[0];
        var k = key.Body;
        var i = new Rebind(id.Parameters[0], row).Visit(id.Body);
        Expression Beyond(Expression a, Expression b) => descending ? Expression.LessThan(a, b) : Expression.GreaterThan(a, b);

        var idBeyond = Beyond(i, Parameter(lastId));
        var keyIsNull = Expression.Equal(k, Expression.Constant(null, typeof(TKey?)));
        // Ascending with NULLs low, or descending with NULLs high: the NULL-keyed rows come first.
        var nullsFirst = nullsSortLow != descending;
        Expression predicate;
        if (last is null)
            predicate = nullsFirst
                ? Expression.OrElse(Expression.AndAlso(keyIsNull, idBeyond), Expression.Not(keyIsNull))
                : Expression.AndAlso(keyIsNull, idBeyond);
        else
        {
            var value = Parameter(last);
            predicate = Expression.OrElse(Beyond(k, value), Expression.AndAlso(Expression.Equal(k, value), idBeyond));
            if (!nullsFirst) predicate = Expression.OrElse(predicate, keyIsNull);
        }
        return source.Where(Expression.Lambda<Func<T, bool>>(predicate, row));
    }

    // A member of a captured object, so EF Core sends the value as a SQL parameter (a constant would be inlined).
    private static MemberExpression Parameter<TValue>(TValue value) =>
        Expression.Property(Expression.Constant(new Box<TValue>(value)), nameof(Box<TValue>.Value));

    private sealed class Box<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
