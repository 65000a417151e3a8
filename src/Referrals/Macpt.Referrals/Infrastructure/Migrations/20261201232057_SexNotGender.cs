using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Macpt.Referrals.Infrastructure.Migrations
{
    /// <summary>
    /// The census records the child's Sex (M, F, U) from 2024-25, not GenderCurrent (0, 1, 2, 9): the column is renamed
    /// and each stored referral keeps its value, mapped as Macpt.Contracts.Cin.Sexes.FromGenderCurrent maps it
    /// (1 → M, 2 → F, 0 and 9 → U). Down maps back (U → 0: "not recorded" is the nearest old code).
    /// </summary>
    public partial class SexNotGender : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "child_gender",
                table: "referrals",
                newName: "child_sex");
            migrationBuilder.Sql("""
                UPDATE referrals SET child_sex = CASE child_sex
                    WHEN '1' THEN 'M'
                    WHEN '2' THEN 'F'
                    WHEN '0' THEN 'U'
                    WHEN '9' THEN 'U'
                    ELSE child_sex END
                WHERE child_sex IN ('0', '1', '2', '9');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE referrals SET child_sex = CASE child_sex
                    WHEN 'M' THEN '1'
                    WHEN 'F' THEN '2'
                    WHEN 'U' THEN '0'
                    ELSE child_sex END
                WHERE child_sex IN ('M', 'F', 'U');
                """);
            migrationBuilder.RenameColumn(
                name: "child_sex",
                table: "referrals",
                newName: "child_gender");
        }
    }
}
