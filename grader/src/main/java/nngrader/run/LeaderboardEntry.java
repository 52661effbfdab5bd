package nngrader.run;

import nngrader.api.Grade;

/** One leaderboard column a test reported for this submission. */
public record LeaderboardEntry(String name, double value, Grade.Order order) {
}
