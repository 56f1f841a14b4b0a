/**
 * The operations CloudAudit records, per product, as the CloudAudit documentation lists them
 * ("CloudAudit-Enabled Services and APIs": operation, resource type, event name), from the
 * public documentation sources https://github.com/tencentyun/intlcloud-documents at 2b31d235, folder
 * yehe_doc/开发者服务/云审计/产品简介/支持审计的服务及接口列表 (file per product below). A detection's event
 * names for these products must be in the list (CA717); other products are not listed here and
 * their names are checked for form only. The snapshot is not dated: newer APIs may be missing, and
 * a name refused here can be passed through a hand-written `query` instead.
 */

function names(list: string): ReadonlySet<string> {
  return new Set(list.split(' '));
}

/** Event names CloudAudit lists, by resource type (product code). */
export const CLOUDAUDIT_EVENT_NAMES: Readonly<Record<string, ReadonlySet<string>>> = {
  // 管理与审计/访问管理_intl_en.md (127 operations)
  cam: names(
    'AddConsoleUser AddSubAccount AddSubAccountCheckingMFA AddSubAccountsToGroup AddUser AddUserToGroup' +
    ' AttachGroupPolicies AttachGroupPolicy AttachGroupsPolicy AttachRolePolicies AttachRolePolicy AttachRolesPolicy' +
    ' AttachUserPolicies AttachUserPolicy AttachUsersPolicy BatchOperateCamStrategy BindToken CheckSubAccountName' +
    ' CheckUserPolicyAttachment ConsumeCustomMFAToken CreateAccessKey CreateApiKey CreateCollApiKey CreateGroup' +
    ' CreatePolicy CreatePolicyVersion CreateProjectKey CreateRole CreateRoleByConsole CreateSAMLProvider' +
    ' CreateSubAccountBindPolicy CreateSubAccountLoginIpPolicy CreateSubAccounts CreateSubUserInviteQRCode' +
    ' DeleteAccessKey DeleteApiKey DeleteCollApiKey DeleteEntitiesPermissionsBoundary DeleteGroup DeletePolicy' +
    ' DeletePolicyVersion DeleteProjectKey DeleteRole DeleteRolePermissionsBoundary DeleteSAMLProvider' +
    ' DeleteSubAccount DeleteUser DescribeAssistApprover DescribeCamStrategyDetail DescribeRoleList' +
    ' DescribeSubAccountBindPolicy DescribeSubAccountLoginIpPolicy DetachGroupPolicies DetachGroupPolicy' +
    ' DetachGroupsPolicy DetachRolePolicies DetachRolePolicy DetachRolesPolicy DetachUserPolicies DetachUserPolicy' +
    ' DetachUsersPolicy DisableApiKey DisableCollApiKey DisableProjectKey EnableApiKey EnableCollApiKey' +
    ' EnableProjectKey GetAccountSummary GetAllSubUser GetApiKey GetCustomMFATokenInfo GetGroup GetPasswordRules' +
    ' GetPolicy GetPolicyVersion GetProjectKey GetRole GetSafeAuthInfo GetSAMLProvider GetSubAccountBindInfo GetUser' +
    ' GetUserBasicInfo ListAccessKeys ListAllGroupsPolicies ListAttachedGroupPolicies ListAttachedRolePolicies' +
    ' ListAttachedUserAllPolicies ListAttachedUserPolicies ListEntitiesForPolicy ListGroups ListGroupsForUser' +
    ' ListGroupsPolicies ListIdentityProvider ListPolicies ListPolicyVersions ListReceiver ListSAMLProviders' +
    ' ListSubAccounts ListUsers ListUsersForGroup ListUsersForPolicy LogoutRoleSessions LookupRecentlyLogin PassRole' +
    ' PutEntitiesPermissionsBoundary PutRolePermissionsBoundary QueryApiKey QueryCollApiKey QueryProjectKeyList' +
    ' RemoveUserFromGroup SendSubAccountInfo SetDefaultPolicyVersion SetSafeAuthFlag UnbindStoken UnbindSubAccount' +
    ' UpdateAccessKey UpdateAssumeRolePolicy UpdateCamStrategy UpdateGroup UpdatePasswordRules UpdatePolicy' +
    ' UpdateRoleConsoleLogin UpdateRoleDescription UpdateSAMLProvider UpdateSubAccount UpdateSubAccountAttr' +
    ' UpdateUser',
  ),
  // 存储/对象存储_intl_en.md (52 operations)
  cos: names(
    'DeleteBucket DeleteBucketCORS DeleteBucketDomain DeleteBucketEncryption DeleteBucketInventory' +
    ' DeleteBucketLifecycle DeleteBucketOrigin DeleteBucketPolicy DeleteBucketReplication DeleteBucketTagging' +
    ' DeleteBucketWebsite DeleteObjectTagging GetBucketAccelerate GetBucketACL GetBucketCORS GetBucketDomain' +
    ' GetBucketEncryption GetBucketInventory GetBucketLifecycle GetBucketLogging GetBucketNotification' +
    ' GetBucketObjectVersions GetBucketOrigin GetBucketPolicy GetBucketReferer GetBucketReplication GetBucketTagging' +
    ' GetBucketVersioning GetBucketWebsite GetObjectACL GetObjectTagging GetService ListMultipartUploads' +
    ' PostObjectRestore PutBucket PutBucketAccelerate PutBucketACL PutBucketCORS PutBucketDomain PutBucketEncryption' +
    ' PutBucketInventory PutBucketLifecycle PutBucketLogging PutBucketNotification PutBucketOrigin PutBucketPolicy' +
    ' PutBucketReferer PutBucketReplication PutBucketTagging PutBucketVersioning PutBucketWebsite PutObjectTagging',
  ),
  // 管理与支持/账号_intl_en.md (21 operations)
  account: names(
    'ApplyAccountDeactivation BindAccountByTicket BindMailAccount BindToken ChangeMailPassword ConsoleLogin' +
    ' CreateAuthDetectToken ModifyMail ModifyPhoneNum QueryKeyBySecretId SetOffsiteLoginFlag SetSafeAuthFlag' +
    ' SubmitBankAuthInfo SubmitDetectAuthInfo SubmitEnterpriseBaseAuthInfo SubmitMidasAuthInfo' +
    ' SubmitPersonalBaseAuthInfo SubmitTopUpAuthInfo UnbindAccount UnbindToken UpdateEnterpriseContact',
  ),
  // 数据库/云数据库 MariaDB_intl_en.md (90 operations)
  mariadb: names(
    'ActivateHourDBInstance ActiveDedicatedDBInstance CheckIpStatus CloneAccount CloseDBExtranetAccess' +
    ' CreateAccount CreateConfigTemplate CreateDBInstance CreateHourDBInstance CreateTmpInstances DeleteAccount' +
    ' DeleteConfigTemplate DeleteTmpInstance DescribeAccountPrivileges DescribeAccounts DescribeAuditLogs' +
    ' DescribeAuditRuleDetail DescribeAuditRules DescribeAuditStrategies DescribeBackupTime' +
    ' DescribeBatchRenewalPrice DescribeBinlogTime DescribeConfigHistories DescribeConfigTemplate' +
    ' DescribeConfigTemplates DescribeDatabaseObjects DescribeDatabases DescribeDatabaseTable' +
    ' DescribeDBDetailMetrics DescribeDBEncryptAttributes DescribeDBInstanceDetail DescribeDBInstanceHAInfo' +
    ' DescribeDBInstances DescribeDBInstanceSpecs DescribeDBLogFiles DescribeDBMetrics DescribeDBParameters' +
    ' DescribeDBPerformance DescribeDBPerformanceDetails DescribeDBResourceUsage DescribeDBResourceUsageDetails' +
    ' DescribeDBSecurityGroups DescribeDBSlowLogAnalysis DescribeDBSlowLogs DescribeDBSyncMode' +
    ' DescribeDBTmpInstances DescribeFenceDBInstanceSpecs DescribeFlow DescribeInstanceProxyConfig' +
    ' DescribeInstanceSSLAttributes DescribeLatestCloudDBAReport DescribeLogFileRetentionPeriod DescribeOrders' +
    ' DescribePrice DescribeProjects DescribeProjectSecurityGroups DescribeRenewalPrice DescribeSaleInfo' +
    ' DescribeSyncTasks DescribeUpgradePrice DescribeUserTasks GrantAccountPrivileges InitDBInstances' +
    ' IsolateDedicatedDBInstance IsolateHourDBInstance ModifyAccountDescription ModifyAutoRenewFlag ModifyBackupTime' +
    ' ModifyConfigTemplate ModifyDBEncryptAttributes ModifyDBInstanceName ModifyDBInstanceSecurityGroups' +
    ' ModifyDBInstancesProject ModifyDBParameters ModifyDBSyncMode ModifyInstanceNetwork ModifyInstanceSSLAttributes' +
    ' ModifyInstanceVip ModifyInstanceVport ModifyLogFileRetentionPeriod OpenDBExtranetAccess RenewDBInstance' +
    ' ResetAccountPassword StartSmartDBA SwitchDBInstanceHA SwitchRollbackInstance TerminateDedicatedDBInstance' +
    ' UpgradeDBInstance UpgradeDedicatedDBInstance UpgradeHourDBInstance',
  ),
  // 数据库/云数据库 SQL Server_intl_en.md (54 operations)
  sqlserver: names(
    'CompleteExpansion CreateAccount CreateBackup CreateDB CreateDBInstances CreateMigration CreatePublishSubscribe' +
    ' DeleteAccount DeleteDB DeletePublishSubscribe DescribeAccounts DescribeBackups DescribeDBInstances DescribeDBs' +
    ' DescribeFlowStatus DescribeInstanceTasks DescribeMaintenanceSpan DescribeMigrationDetail DescribeMigrations' +
    ' DescribeOrders DescribeProductConfig DescribePublishSubscribe DescribeRegions DescribeROGroupAutoWeight' +
    ' DescribeROGroupByRoInstance DescribeROGroupInfo DescribeROGroupList DescribeRollbackTime DescribeSlowlogs' +
    ' DescribeZones InquiryPriceCreateDBInstances InquiryPriceRenewDBInstance InquiryPriceUpgradeDBInstance' +
    ' ModifyAccountPrivilege ModifyAccountRemark ModifyBackupStrategy ModifyDatabasePrivilege ModifyDBInstanceName' +
    ' ModifyDBInstanceProject ModifyDBInstanceRenewFlag ModifyDBName ModifyDBRemark ModifyMaintenanceSpan' +
    ' ModifyPublishSubscribeName ModifyROGroupInfo OfflineDBInstance RecoveryPostInstance ResetAccountPassword' +
    ' RestartDBInstance RestoreInstance RollbackInstance RunMigration TerminateDBInstance UpgradeDBInstance',
  ),
  // 云智大数据平台/弹性 MapReduce_intl_en.md (87 operations)
  emr: names(
    'AddAutoScaleSpec AddConfigGroup AddMetricScaleStrategy AddNodeResourceConfig CheckCustomConfig CheckMetaDBNet' +
    ' CreateInstance DeleteAutoScaleSpec DeleteAutoScaleStrategy DeleteConfigGroup DeleteNodeResourceConfig' +
    ' DescribeAutoScaleGlobalConf DescribeAutoScaleMetaRange DescribeAutoScaleRecords DescribeAutoScaleSpecs' +
    ' DescribeAutoScaleStrategies DescribeAutoScaleWhiteList DescribeBootScript DescribeCbsEncrypt DescribeCdbPrice' +
    ' DescribeClusterNodes DescribeConfigGroup DescribeCvmSpec DescribeDestroyInfo DescribeDisasterRecoverGroup' +
    ' DescribeEmrMetaDB DescribeEmrRole DescribeExportConfs DescribeExportConfsList DescribeFileIps DescribeFlowNum' +
    ' DescribeFlowStatus DescribeFlowStatusDetail DescribeHbaseTableMetricDataOverview DescribeInstallSoftwareInfo' +
    ' DescribeInstanceAlerts DescribeInstanceAlias DescribeInstanceOplog DescribeInstances DescribeMetricsDimension' +
    ' DescribeModifyGoodsDetail DescribeNodeResourceConfig DescribeNodeResourceConfigFast' +
    ' DescribeOptionalSpecWhiteList DescribeRenewGoodsDetail DescribeScaleoutableService DescribeScaleoutGoodsDetail' +
    ' DescribeSecurityGroup DescribeServiceConfs DescribeServiceGroups DescribeServiceNodeInfos' +
    ' DescribeSubJobFlowStatus DescribleAccountBalance GenerateCreateGoodsDetail GenerateModifyGoodsDetail' +
    ' GenerateRenewGoodsDetail GenerateScaleoutGoodsDetail GetCreateGoodsDetail InquiryPriceCreateInstance' +
    ' InquiryPriceRenewInstance InquiryPriceScaleOutInstance InquiryPriceUpdateInstance InstallCos InstallSoftware' +
    ' ListConfLogs ModifyAutoScaleGlobalConf ModifyAutoScaleStrategy ModifyBootScript ModifyConfigGroup' +
    ' ModifyInstanceBasic ModifyResource ModifyServiceParams ModifyStrategyPriority RestartService RollBackConf' +
    ' ScaleOutInstance SetNodeResourceConfigDefault StartMonitor StartService StopMonitor StopService' +
    ' SynchronizeGroupConfCheck TerminateAutoScaleNodes TerminateInstance TerminateNodes TerminateTasks' +
    ' UpdateWebproxyPassword',
  ),
  // 中间件/消息队列 CKafka_intl_en.md (24 operations)
  ckafka: names(
    'AddPartition AddRoute CreatePartition CreateRoute CreateTopic CreateTopicIpWhiteList DeleteRoute DeleteTopic' +
    ' DeleteTopicIpwhitelist DescribeConsumerGroup DescribeInstanceAttributes DescribeInstances DescribeRoute' +
    ' DescribeTopic DescribeTopicAttributes GetInstanceAttributes GetTopicAttributes ListConsumerGroup ListInstance' +
    ' ListRoute ListTopic ModifyForward ModifyInstanceAttributes ModifyTopicAttributes',
  ),
};
