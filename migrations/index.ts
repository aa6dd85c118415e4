import { DomainModel1795673606014 } from './1795673606014-DomainModel.js';
import { AccountsAndAudit1795676400000 } from './1795676400000-AccountsAndAudit.js';
import { CalendarFeeds1795680000000 } from './1795680000000-CalendarFeeds.js';
import { RecruitmentPipeline1795683600000 } from './1795683600000-RecruitmentPipeline.js';
import { DashboardSummaries1795690000000 } from './1795690000000-DashboardSummaries.js';
import { SessionChangeNotices1795693600000 } from './1795693600000-SessionChangeNotices.js';

/** Every migration, oldest first. Listed as classes so the sources and the build run the same ones. */
export const migrations = [DomainModel1795673606014, AccountsAndAudit1795676400000, CalendarFeeds1795680000000, RecruitmentPipeline1795683600000, DashboardSummaries1795690000000, SessionChangeNotices1795693600000];
