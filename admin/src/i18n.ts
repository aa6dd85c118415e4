import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';

/** react-admin's English, with the domain's words for every resource and field. */
const messages = {
  ...englishMessages,
  ra: {
    ...englishMessages.ra,
    auth: { ...englishMessages.ra.auth, username: 'Email', sign_in_error: 'Sign-in failed; try again' },
    notification: { ...englishMessages.ra.notification, logged_out: 'Your session has ended. Sign in again to continue.' },
  },
  resources: {
    divisions: {
      name: 'Division |||| Divisions',
      fields: { areaId: 'Area ID', name: 'Name', bureau: 'Bureau', weeklyTargetHours: 'Weekly target (h)', q: 'Search' },
    },
    recruits: {
      name: 'Recruit |||| Recruits',
      fields: {
        firstName: 'First name',
        lastName: 'Last name',
        dateOfBirth: 'Date of birth',
        targetLevel: 'Target level',
        preferredDivisionId: 'Preferred division',
        academyClassId: 'Academy class',
        stageChangedAt: 'In stage since',
        stageChangedAt_gte: 'In stage since (from)',
        stageChangedAt_lt: 'In stage since (until)',
        exitReason: 'Exit reason',
        createdAt_gte: 'Entered from',
        createdAt_lt: 'Entered until',
        q: 'Search',
      },
    },
    'stage-changes': {
      name: 'Stage change |||| Stage changes',
      fields: { fromStage: 'From', toStage: 'To', changedAt: 'When', changedBy: 'By', note: 'Note' },
    },
    'academy-classes': {
      name: 'Academy class |||| Academy classes',
      fields: { moduleLevel: 'Module level', startsOn: 'Starts', endsOn: 'Ends', startsOn_gte: 'Starts from', startsOn_lte: 'Starts until', q: 'Search' },
    },
    'curriculum-modules': {
      name: 'Curriculum module |||| Curriculum modules',
      fields: {
        learningDomain: 'Learning domain (LD)',
        requirementSource: 'Required by',
        passingScore: 'Passing score',
        requiredForLevels: 'Required for levels',
        recertificationMonths: 'Recertify every (months)',
        q: 'Search',
      },
    },
    'training-records': {
      name: 'Training record |||| Training records',
      fields: {
        moduleId: 'Module',
        recruitId: 'Recruit',
        reserveId: 'Reserve',
        completedOn: 'Completed',
        expiresOn: 'Expires',
        completedOn_gte: 'Completed from',
        completedOn_lte: 'Completed until',
        expiresOn_lte: 'Expires by',
        q: 'Search',
      },
    },
    reserves: {
      name: 'Reserve |||| Reserves',
      fields: {
        badgeNumber: 'Badge',
        firstName: 'First name',
        lastName: 'Last name',
        homeDivisionId: 'Home division',
        appointedOn: 'Appointed',
        appointedOn_gte: 'Appointed from',
        appointedOn_lte: 'Appointed until',
        priorService: 'Prior service',
        recruitId: 'From recruit',
        monthlyMinimumHours: 'Monthly minimum (h)',
        hoursThisMonth: 'Hours this month',
        meetsMonthlyMinimum: 'Meets minimum',
        calendarFeedUrl: 'Calendar feed',
        q: 'Search',
      },
    },
    deployments: {
      name: 'Deployment |||| Deployments',
      fields: {
        divisionId: 'Division',
        startsAt: 'Starts',
        endsAt: 'Ends',
        startsAt_gte: 'Starts from',
        startsAt_lt: 'Starts until',
        requiredHeadcount: 'Required headcount',
        durationHours: 'Hours',
        q: 'Search',
      },
    },
    assignments: {
      name: 'Assignment |||| Assignments',
      fields: {
        deploymentId: 'Deployment',
        reserveId: 'Reserve',
        hoursServed: 'Hours served',
        assignedBy: 'Assigned by',
        assignedAt: 'Assigned',
        assignedAt_gte: 'Assigned from',
        assignedAt_lt: 'Assigned until',
      },
    },
    users: {
      name: 'User |||| Users',
      fields: { lockedAt: 'Locked', lastLoginAt: 'Last sign-in', passwordChangedAt: 'Password changed', q: 'Search' },
    },
    'audit-events': {
      name: 'Audit event |||| Audit log',
      fields: {
        occurredAt: 'When',
        actorEmail: 'Actor',
        actorRole: 'Role',
        entityType: 'Entity',
        entityId: 'Entity ID',
        requestId: 'Request ID',
        sourceAddress: 'Source address',
        occurredAt_gte: 'From',
        occurredAt_lt: 'Until',
        q: 'Search',
      },
    },
  },
};

export const i18nProvider = polyglotI18nProvider(() => messages, 'en', [{ locale: 'en', name: 'English' }], { allowMissing: true });
