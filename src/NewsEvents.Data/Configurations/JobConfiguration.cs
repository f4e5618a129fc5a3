using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsEvents.Data.Entities;

namespace NewsEvents.Data.Configurations;

internal sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> job)
    {
        job.Property(j => j.Kind).HasMaxLength(20);
        job.HasMany(j => j.Items).WithOne().HasForeignKey(i => i.JobId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class JobItemConfiguration : IEntityTypeConfiguration<JobItem>
{
    public void Configure(EntityTypeBuilder<JobItem> item)
    {
        item.ToTable("JobItems");
        item.Property(i => i.Kind).HasMaxLength(20);
        item.Property(i => i.Status).HasMaxLength(20);
        item.Property(i => i.Outcome).HasMaxLength(20);
        item.Property(i => i.WorkerId).HasMaxLength(200);

        // Claiming walks one status in id order (queued items oldest first; expired running leases): done rows, the
        // bulk of the table, are never read.
        item.HasIndex(i => new { i.Status, i.Id });
        // A job's items in request order (GET /api/jobs/{id}).
        item.HasIndex(i => new { i.JobId, i.Position });
        // Re-extraction skips articles that already have an item waiting.
        item.HasIndex(i => i.ArticleId);
    }
}
