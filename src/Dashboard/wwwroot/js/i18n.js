// Every string the screens show, in Simplified Chinese (the default) and English, and the
// language switch. Components call t('key') when they draw and redraw on onLanguageChange.

const STRINGS = {
  zh: {
    switchTo: 'EN',
    signOut: '退出登录', notPermitted: '无权查看：您的授权范围不包含此内容',
    posts: {
      CityOperator: '市指挥中心', DistrictOperator: '区指挥中心', StreetOffice: '街道办', SecuritySupervisor: '安保主管',
      HousingOffice: '住房保障办', CivilAffairs: '民政', GridStaff: '网格员', PropertyCompany: '物业服务企业',
      Agency: '第三方机构', Auditor: '审计员', Administrator: '系统管理员',
    },
    signin: {
      title: '登录', heading: '安居 · 指挥中心登录', userName: '用户名', password: '密码', code: '验证码（身份验证器）',
      submit: '登录', working: '请稍候…',
      badCredentials: '用户名、密码或验证码不正确', lockedOut: '登录失败次数过多，账户已暂时锁定，请稍后再试',
      codeNeeded: '请输入身份验证器上显示的 6 位验证码', failed: '暂时无法登录，请稍后再试',
      changeHeading: '首次登录请修改密码', currentPassword: '当前（一次性）密码', newPassword: '新密码', repeatPassword: '再次输入新密码',
      mismatch: '两次输入的新密码不一致', change: '修改密码', passwordRefused: '新密码不符合要求：至少 12 位，含大写、小写字母和数字',
      currentRefused: '当前密码不正确',
      cityIdentity: '通过城市统一身份认证登录', unlinked: '您在城市统一身份认证的账号尚未关联安居账户，请联系系统管理员',
      enrolHeading: '您的岗位需要两步验证', enrolHint: '在身份验证器应用中添加以下密钥（或链接），然后输入它显示的验证码。',
      sharedKey: '密钥', uri: '链接', enable: '启用两步验证', codeRefused: '验证码不正确，请重试',
      recoveryHeading: '恢复代码', recoveryHint: '请妥善保存以下恢复代码，每个只能使用一次；本页面只显示一次。', continue: '继续',
    },
    brand: '安居',
    title: '指挥中心',
    audit: {
      title: '审计日志', search: '检索', verify: '校验哈希链', actor: '操作人', objectId: '对象编号', action: '操作', outcome: '结果',
      any: '全部', Allowed: '允许', Denied: '拒绝', Failed: '失败', from: '起', to: '止', submit: '查询', rows: '记录',
      at: '时间', roles: '岗位', object: '对象', fields: '显示的个人信息', source: '来源', detail: '说明', more: '更多',
      count: '已显示 {n} 条', intact: '哈希链完整（已校验 {n} 条）', broken: '哈希链在第 {id} 条断开：{problem}',
      badQuery: '查询条件有误', failed: '暂时无法读取审计日志',
      kinds: { identity: '身份', contact: '联系方式', 'special-groups': '特殊群体' },
    },
    admin: {
      title: '账户与密钥', newUser: '新建账户', userName: '用户名', displayName: '姓名', grants: '岗位与范围', create: '创建',
      grantsHint: '岗位|范围|编号，多个用分号隔开，例如 DistrictOperator|District|TH; GridStaff|Grid|TH-0001/G01。系统管理员和审计员只能单独担任。',
      users: '账户', state: '状态', actions: '操作', count: '共 {n} 个账户', saveGrants: '保存授权', disable: '停用', enable: '启用',
      unlock: '解锁', resetPassword: '重置密码', resetTwoFactor: '重置两步验证', disabled: '已停用', locked: '锁定至 {until}',
      mustChange: '待修改一次性密码', twoFactor: '已启用两步验证', noTwoFactor: '未启用两步验证',
      oneTime: '{user} 的一次性密码（仅显示这一次，首次登录须修改）：{password}',
      keys: '设备与接入密钥', keyName: '接入方名称', createKey: '生成密钥', revoke: '吊销', revoked: '已于 {at} 吊销',
      newKey: '{name} 的密钥（仅显示这一次）：{key}', failed: '操作未成功',
    },
    exits: {
      casesTitle: '退出审查案件', estatePick: '小区编号', go: '查看', noCases: '该小区尚无退出审查案件',
      counts: '办理中 {open} 件 · 待执行 {ready} 件 · {stages}', reasonNeeded: '每一步都须填写理由', caseTitle: '{id} · 住房 {dwelling}', triggers: '触发', steps: '办理过程', noSteps: '尚未办理',
      next: '下一步', reason: '理由', decision: '决定', finished: '案件已办结', undecided: '尚未决定',
      invalid: '请检查：{fields}', conflict: '案件已有变化，已重新读取，请再试', failed: '操作未成功',
      columns: { caseId: '案件', dwelling: '住房', household: '户主', grid: '网格', reasons: '原因', stage: '阶段', decision: '决定', openedAt: '立案时间' },
      facts: { stage: '阶段', reasons: '原因', household: '户主（立案时）', grid: '网格', decision: '决定', appealUntil: '复核期限', openedAt: '立案时间' },
      reasons: { Deductions: '扣分达退出标准', Sublet: '转租', Idle: '闲置', AnnualReviewFailed: '年审不合格', UseChanged: '改变用途' },
      stages: { Opened: '已立案', NoticeServed: '已告知', Heard: '已听证', Decided: '已决定', Appealed: '复核中', CarriedOut: '已腾退', Closed: '已结案（保留）', ReadyToCarryOut: '待执行腾退' },
      decisions: { Exit: '退出', Keep: '保留' },
      actions: { ServeNotice: '送达告知', HoldHearing: '听证', Decide: '作出决定', Appeal: '受理复核', CarryOut: '执行腾退', Close: '结案（保留）', AppealWindowEnded: '复核期届满' },
    },
    nav: { wall: '全市大屏', estate: '小区', security: '治安保安', housing: '住房保障', incidents: '事件处置', facilities: '设施运维', queue: '维修工单', contracts: '合同考核', money: '费用与收益', exits: '退出审查', allocation: '公平配租', agency: '第三方机构', grid: '网格工作', community: '社区自治', orleans: 'Orleans 集群', more: '个案与社区' },
    screen: {
      wall: '全市大屏', estate: '小区详情', security: '治安保安主管', housing: '住房保障办', incidents: '事件处置台', facilities: '设施运维总览', queue: '维修工单队列', contracts: '物业合同考核', money: '物业费补贴与公共收益', exits: '退出审查', allocation: '公平配租与第二住址登记', agency: '第三方机构工作台', grid: '网格员工作台', community: '议事协商与社区环境',
    },
    conn: { connecting: '连接中…', connected: '已连接', reconnecting: '重新连接中…', disconnected: '未连接' },
    stale: '实时连接中断，画面数据可能已过时', staleCluster: '集群无法连接，画面数据可能已过时',
    lastUpdate: '最后更新 {time}', never: '尚未收到数据',
    cluster: '集群', silos: '{n} 个节点', clusterUnreachable: '集群无法连接', noSilos: '没有在线节点', started: '启动于 {time}',
    siloStatus: { Active: '运行中', Joining: '加入中', Created: '已创建', ShuttingDown: '关闭中', Stopping: '停止中', Dead: '已停止' },
    unit: { estates: '个小区', dwellings: '套', households: '户', residents: '人', guards: '名', cameras: '台', faults: '宗', incidents: '宗', orders: '单', yuan: '元', facilities: '处' },
    fig: {
      occupancy: '入住率', occupancySub: '已入住 {occupied} / {dwellings} 套',
      households: '住户', householdsSub: '居民 {residents} 人',
      incidents: '未结事件', incidentsSub: '超时 {overdue} · 上报 {escalated}',
      guards: '保安在岗', guardsSub: '应配 {required} 名 · 覆盖 {rate}',
      cameras: '摄像头在线', camerasSub: '共 {total} 台 · 离线 {offline}',
      faults: '设施故障', faultsSub: '超时 {overdue} 宗 · 停用设施 {out} 处', noRegister: '尚无设施登记',
      trend: '自打开以来趋势',
    },
    map: {
      title: '小区健康热力图', summary: '{estates} 个小区 · {dwellings} 套住房',
      districtMeta: '{n} 个小区 · 入住 {rate}', belowAlarm: '{n} 个低于 {threshold} 分', empty: '尚未登记任何小区',
      legendGood: '{watch} 分以上', legendWatch: '{alarm}–{watchLess} 分', legendAlarm: '低于 {alarm} 分', legendNone: '暂无评分',
      tip: '{name}（{id}）\n健康 {score} 分 · {factor}\n入住 {rate}（{occupied}/{dwellings} 套）',
    },
    alarms: {
      title: '告警', empty: '自打开以来暂无告警', sinceLoad: '自打开以来 {n} 条',
      standingBelow: '低于{threshold}分小区', standingRent: '严重欠租小区', standingReviews: '年审逾期户数',
      healthBelow: '{name} 健康分降至 {score}（低于 {threshold}）',
      healthRecovered: '{name} 健康分回升至 {score}',
      rentSerious: '{name} 严重欠租增至 {count} 户（+{delta}）',
      reviewsOverdue: '{name} 年审逾期增至 {count} 户（+{delta}）',
      exitReviews: '{name} 扣分达退出审查 {count} 户（+{delta}）',
      severity: { critical: '紧急', major: '重要', minor: '一般', info: '提示' },
      source: { derived: '推算', security: '治安', incidents: '事件' },
      live: {
        summary: '实时告警 {open} 条 · 未确认 {unack} 条', empty: '当前没有未清除的告警', risen: '↑ 已升级',
        reminders: '已提醒 {n} 次', ack: '确认', acked: '已确认（{actor}）', ackFailed: '确认失败：{error}',
        situation: '{place} 同一态势 {n} 条告警',
      },
      type: {
        CameraOffline: '摄像头离线', UnderStaffed: '保安不足', MissedCheckpoint: '漏巡', Device: '设备告警', escalated: '事件升级',
        'trapped-passenger': '电梯困人', 'no-pressure': '供水无压', 'fire-alarm': '消防报警', 'order-overdue': '工单超时',
      },
    },
    states: {
      Vacant: '空置', Allocated: '已配租', Occupied: '已入住', ExitRequested: '申请退出',
      Vacated: '已腾退', UnderInspection: '查验中', UnderRepair: '维修中',
    },
    tenures: { PublicRental: '公租房', LowRent: '廉租房', Economy: '经适房', LimitedPrice: '限价房' },
    factors: {
      None: '无扣分', Vacancy: '空置', IncidentLoad: '事件负荷', OverdueIncidents: '事件超时',
      GuardShortfall: '保安不足', CamerasOffline: '摄像头离线', OpenFaults: '设施故障', OverdueFaults: '故障超时',
      RentArrears: '严重欠租', OverdueReviews: '年审逾期', ExitReviews: '退出审查', Satisfaction: '居民满意度',
    },
    roles: { PropertyStaff: '物业人员', StreetAssistant: '街道协管员', ResidentsCommitteeStaff: '居委会人员' },
    districts: {
      TH: '天河区', HZ: '海珠区', BY: '白云区', PY: '番禺区', HP: '黄埔区', LW: '荔湾区',
      YX: '越秀区', HD: '花都区', ZC: '增城区', CH: '从化区', NS: '南沙区',
    },
    estate: {
      pick: '小区编号', go: '查看', noSuchEstate: '未找到小区 {id}，等待登记…', unavailable: '暂时无法读取小区数据，正在重试…',
      meta: '{street} · 建筑面积 {area} 平方米', structure: '{zones} 个服务区 · {grids} 个网格 · {buildings} 栋楼',
      updated: '更新于 {time} · 版本 {version}',
      health: '健康评分', topFactor: '主要扣分项：{factor}', noPenalty: '各项均无扣分', penalties: '各项扣分',
      occupancy: '入住情况', occupancyRate: '入住率', dwellings: '住房总数', occupied: '已入住', byState: '按状态', tenures: '产权类型',
      residency: '住户情况', households: '住户', residents: '居民', rentOwing: '欠租', rentSerious: '严重欠租',
      reviewsOverdue: '年审逾期', deductionWarnings: '扣分预警', exitReviews: '退出审查', specialGroups: '特殊群体户',
      grids: '网格', gridName: '网格', gridHouseholds: '住户', gridRate: '入住率', gridRent: '严重欠租', gridReviews: '年审逾期',
      gridStaff: '网格员', gridMissing: '缺 {roles}', gridFull: '齐全', gridTooBig: '超过 {n} 户，建议拆分', noGrids: '尚未划分网格',
      incidents: '事件', critical: '紧急', major: '重要', minor: '一般', overdue: '超时', escalated: '已上报',
      incidentsEmpty: '暂无未结事件', incidentsLater: '事件处置功能上线后，此处列出未结事件及其 SLA 倒计时',
      sla: 'SLA 倒计时',
      security: '治安保安', guards: '保安在岗', guardsOf: '应配 {n} 名', cameras: '摄像头在线', camerasOf: '共 {n} 台',
      coverage: '在岗率', noGuardData: '尚未登记保安和摄像头',
      securityAlarms: '治安告警 {active}（未确认 {unack}）· 今日巡逻 {done}/{scheduled} 轮 · 漏巡 {missed} 点',
      facilities: '设施', openFaults: '未修故障', overdueFaults: '超时故障', outOfService: '停用', degraded: '降级', inService: '正常',
      preventiveOverdue: '维保逾期', noRegister: '尚无设施登记：导入设施台账后显示各类设施状态', byType: '按类别', openOrders: '未完成工单', noOrders: '暂无未完成工单',
      contracts: '物业服务合同', contractId: '合同', company: '物业企业', zone: '服务区', wholeEstate: '全小区',
      scorecard: '考核得分', topFactor2: '主要扣分项', belowThreshold: '低于考核线', noScore: '尚无考核数据', noContracts: '尚未关联物业服务合同',
    },
    table: { estate: '小区', district: '区', more: '仅显示前 {shown} 个，共 {total} 个', filterAll: '全部区', search: '搜索小区名称或编号', rows: '{n} 个小区' },
    security: {
      guardsOnDuty: '保安在岗', understaffed: '保安不足小区', understaffedSub: '共缺 {n} 名', camerasOnline: '摄像头在线', camerasOffline: '离线摄像头',
      checkpoints: '今日漏巡点位', checkpointsSub: '今日巡逻 {done} / {scheduled} 轮完成',
      coverageTitle: '各小区保安覆盖（不足优先）', onDuty: '在岗', required: '应配', shortfall: '缺口', coverage: '覆盖率',
      cameras: '摄像头', offline: '离线',
      offlineTitle: '离线摄像头', offlineEmpty: '所有已登记摄像头均在线', offlineNoData: '尚未登记摄像头',
      missedTitle: '漏巡检查点', missedEmpty: '今日暂无漏巡', missedItem: '漏巡 {n} 点 · 完成 {done}/{scheduled} 轮',
      ackTitle: '告警确认', ackEmpty: '暂无未解除告警', ack: '确认', ackHint: '确认人', actor: '值班员', acked: '已确认（{actor}）',
      ackFailed: '确认失败：{error}', repeats: '×{n}',
      alarmType: { UnderStaffed: '保安不足', MissedCheckpoint: '漏巡', CameraOffline: '摄像头离线', Device: '设备告警' },
      noRequirement: '未配置',
    },
    housing: {
      occupancy: '入住率', occupancySub: '{occupied} / {dwellings} 套', households: '住户', awaitingMoveIn: '待入住', exits: '退出中', exitsSub: '申请 {requested} · 腾退 {vacated}',
      inspections: '查验中', repairs: '维修 {n} 套', rentSerious: '严重欠租', rentSub: '欠租 {n} 户', reviewsOverdue: '年审逾期',
      deductions: '扣分预警', deductionsSub: '退出审查 {n} 户',
      tableTitle: '小区住房保障一览', dwellings: '住房', rate: '入住率', allocated: '待入住', exiting: '退出中', inspecting: '查验',
      repairing: '维修', rentOwing: '欠租', rentSeriousCol: '严重欠租', reviews: '年审逾期', warnings: '扣分预警', exitReviews: '退出审查', health: '健康',
      detail: '小区详情', detailHint: '点击小区查看详情与物业合同', open: '打开小区页', close: '关闭',
    },
    incidents: {
      escalationAlarms: '升级告警（实时）',
      figCritical: '紧急', figMajor: '重要', figMinor: '一般', figOverdue: '超时', figEscalated: '已上报',
      filters: '筛选', district: '区', severity: '级别', status: '状态', all: '全部', open: '未结', overdue: '超时', escalated: '已上报',
      search: '搜索事件编号、小区或网格',
      columns: { id: '编号', severity: '级别', category: '类别', place: '小区 / 网格', owner: '责任方', sla: 'SLA 剩余', level: '上报层级', state: '状态' },
      empty: '暂无事件', emptyHint: '事件（投诉举报、纠纷、治安、环境）上线后在此受理、派单、上报与办结',
      actions: { accept: '受理', dispatch: '派单', escalate: '上报', close: '办结' }, actionsHint: '选择事件后可操作',
      severities: { Critical: '紧急', Major: '重要', Minor: '一般', Info: '信息' },
      categories: {
        Complaint: '投诉举报', Dispute: '矛盾纠纷', Security: '治安', IllegalStructure: '违章建筑', Parking: '车辆停放',
        Pets: '宠物', GarbageSorting: '垃圾分类', Environment: '环境卫生', Facility: '公共设施', Welfare: '民生',
      },
      parties: {
        GridStaff: '网格员', PropertyCompany: '物业服务企业', PoliceStation: '派出所', CivilAffairsOffice: '民政', HousingOffice: '住房保障办', UrbanManagement: '城管执法',
      },
      levels: { Grid: '网格', Estate: '小区/社区', Street: '街道', District: '区' },
      states: { Collected: '待受理', Filed: '已立案', Voided: '已作废', Dispatched: '已派遣', InHandling: '处置中', Feedback: '待核查', Closed: '已结案', Evaluated: '已评价' },
      escalateReason: '指挥中心值班员上报', done: '已处理 {id}', conflict: '该事件已被他人修改，已重新加载', failed: '操作未成功',
    },
    facilities: {
      types: {
        Lift: '电梯', WaterTank: '二次供水水箱', WaterPump: '供水泵', Lighting: '公共照明', FireSystem: '消防系统', AccessControl: '门禁',
        Gate: '道闸', Cctv: '监控', GarbageStation: '垃圾压缩站', AccessibilityRamp: '无障碍坡道', ElderlyCareRoom: '长者服务站',
        RehabilitationRoom: '康复室', VolunteerRoom: '志愿者室', PoliceRoom: '警务室', Clinic: '卫生站', CultureRoom: '文化室',
      },
      codes: {
        'trapped-passenger': '电梯困人', 'lift-stopped': '电梯停运', 'lift-fault': '电梯故障', 'no-pressure': '水压不足', 'no-water': '停水',
        'water-quality': '水质异常', leak: '漏水', 'light-out': '照明损坏', 'fire-alarm': '火警', 'fire-fault': '消防设施故障',
        'door-fault': '门禁故障', 'camera-offline': '摄像头离线', damaged: '损坏', 'out-of-service': '停用', maintenance: '定期维保',
      },
      states: { Reported: '待接单', Accepted: '已接单', Dispatched: '已派工', OnSite: '已到场', Repaired: '待验收', Verified: '已验收', Closed: '已关闭', Cancelled: '已撤销' },
      preventive: '定期维保',
      figFacilities: '登记设施', figFacilitiesSub: '{estates} 个小区已登记', figOut: '停用设施', figOutSub: '降级 {degraded} 处',
      figOpen: '未完成报修', figOpenSub: '超时 {overdue} 宗', figPreventive: '维保逾期', figPreventiveSub: '未完成维保 {open} 单',
      figAlarms: '设备告警', figAlarmsSub: '未确认 {unack}',
      tableTitle: '各小区设施状况（停用、超时优先）', outOfService: '停用', degraded: '降级', open: '未完成', overdue: '超时',
      preventiveOverdue: '维保逾期', facilities: '设施', noRegister: '未登记',
      officeTitle: '{district}住房保障办工单', officeEmpty: '暂无无合同小区的工单', contractsTitle: '各合同维保逾期',
      contractsEmpty: '暂无维保逾期', contractItem: '{company} · {contract}', openQueue: '打开队列',
    },
    queue: {
      title: '工单队列', pick: '合同编号或 office-区代码', office: '{district}住房保障办', contract: '合同 {id} {company}',
      none: '请输入要查看的工单队列（物业合同编号，或 office-区代码）', noSuchQueue: '没有工单队列 {id}', unavailable: '工单队列暂时无法读取，稍后自动重试',
      empty: '队列中暂无未完成工单', emptyHint: '报修、设备故障和定期维保工单按最先到期的时限排列',
      figOpen: '未完成工单', figOverdue: '已超时', figPreventive: '维保逾期', preventiveSub: '近 30 天维保 {closed} 单，逾期 {late} 单',
      figBreached: '近 30 天超时', breachedSub: '近 30 天关闭 {closed} 单', figCost: '近 30 天维修费用',
      columns: { id: '工单', facility: '设施', fault: '故障', place: '小区 / 楼栋', severity: '级别', state: '状态', clock: '时限剩余', level: '督办层级' },
      stages: { accept: '接单', onSite: '到场', repair: '修复' },
      steps: { accept: '接单', dispatch: '派工', 'on-site': '到场', repair: '修复', verify: '验收', 'send-back': '退回', close: '关闭' },
      assignee: '维修人员或班组', cost: '费用（元）', note: '说明 / 退回原因', pickHint: '选择工单后可操作',
      defaultAssignee: '维修班组', sendBackReason: '验收未通过', done: '{id} 已{step}',
      conflict: '工单已被他人更新，已重新加载', failed: '操作未成功',
    },
    contracts: {
      figContracts: '物业服务合同', figContractsSub: '{companies} 家企业在备选库', figBelow: '低于考核线', figBelowSub: '考核线 {threshold} 分',
      figMean: '平均得分', figMeanSub: '本期 {period}', figPool: '备选库企业', figPoolSub: '暂停 {suspended} · 移出 {removed}',
      rankingTitle: '合同考核排名（低分优先）', rank: '排名', contract: '合同', company: '物业企业', estate: '小区', zone: '服务区',
      score: '得分', topFactor: '主要扣分项', status: '状态', below: '低于考核线', above: '达标', noRanking: '尚无合同考核数据',
      pick: '选择左侧合同查看考核详情', scorecardTitle: '考核详情', period: '考核期 {period}', threshold: '考核线 {threshold}',
      factor: '考核项', value: '实测', penalty: '扣分', notMeasured: '本期无数据，不扣分', drill: '查看依据',
      trend: '历史得分', noHistory: '尚无往期得分', evidence: '扣分依据：{factor}', noEvidence: '本期没有相关工单或事件',
      evidenceKinds: { order: '工单', incident: '事件', deduction: '扣款', assessment: '评估' },
      assessments: '第三方评估', deductions: '违约扣款', noAssessments: '尚无第三方评估', noDeductions: '尚无违约扣款',
      assessor: '评估机构', assessedOn: '评估日期', evidenceRef: '档案号', amount: '金额（元）', reason: '原因', reference: '工单或事件编号',
      record: '录入', recorded: '已录入', conflict: '该期已有不同的评估', failed: '录入未成功：{field}',
      pool: '物业服务企业备选库', mean: '平均 {score}', contractsOf: '{n} 份合同', noPool: '备选库尚无企业',
      standing: { Admitted: '在库', Suspended: '暂停', Removed: '移出' },
      factors: {
        None: '无', SlaCompliance: '时限达标率', ResponseTime: '响应时间', RepairTime: '修复时间', RepeatFaults: '重复故障',
        PreventiveOnTime: '定期维保按时率', Satisfaction: '居民满意度', Deductions: '违约扣款', Assessment: '第三方评估',
      },
      units: { ratio: '%', minutes: '分钟', hours: '小时', count: '次', rating: '分', yuan: '元', score: '分' },
      live: '实时得分', noScore: '尚无考核数据',
    },
    alloc: {
      waitlistTitle: '轮候名册', go: '查看', noApplications: '该名册尚无申请', publicTitle: '公示名单', publish: '发布公示', noPublicList: '尚未发布公示',
      allocateTitle: '按序配租', application: '申请编号', estate: '小区编号', dwelling: '住房编号', allocate: '配租', reason: '理由',
      approveException: '批准破格', allocations: '配租记录', noAllocations: '尚无配租', exceptions: '破格配租', noExceptions: '尚无破格',
      registrationTitle: '第二住址登记', counts: '待审 {received} · 合资格 {eligible} · 不合资格 {ineligible} · 撤回 {withdrawn} · 已配租 {allocated}',
      published: '已发布公示', allocated: '已配租（{id}，第 {rank} 名）', approved: '已批准破格 {id}，须由另一名工作人员配租',
      refused: '不予配租：', invalid: '输入有误：', publicUntil: '第 {number} 期公示至 {until}', publicEnded: '第 {number} 期公示已于 {until} 期满',
      objections: '异议 {n} 件', next: '下一顺位：{id}', noneLeft: '公示名单已无待配租申请', rankOf: '第 {rank} 名',
      withException: '破格 {id}，越过 {n} 人', approvedBy: '批准人 {who}',
      tenures: { PublicRental: '公租房', LowRent: '廉租房', Economy: '经适房', LimitedPrice: '限价房' },
      statuses: { Received: '待审核', Eligible: '合资格', Ineligible: '不合资格', Withdrawn: '已撤回', Allocated: '已配租' },
      col: { rank: '排名', application: '申请编号', applicant: '申请人', idNumber: '证件号', size: '人口', points: '积分', applied: '申请日期', status: '状态' },
      reg: {
        registered: '已登记', pending: '办理中', notRegistered: '未登记', movedIn: '户口已迁入', members: '人', submitted: '其中已转递派出所 {n} 人',
        noResidents: '小区尚未申报住户人口，无法计算', ofResidents: '申报住户人口 {n} 人', noRecords: '尚无登记记录', handOffs: '转递派出所 {n} 次',
        noEstate: '没有这个小区',
      },
    },
    agency: {
      contractTitle: '服务合同与考核', go: '查看', noContract: '尚无服务合同', term: '服务期 {start} 至 {end} · {estates} 个小区',
      onTime: '巡查按时率', ofRounds: '{done}/{due} 次按时', paidShare: '催缴后缴清率', ofContacted: '{paid}/{contacted} 户',
      intakeDays: '年审办理天数（中位数）', days: '{n} 天', decided: '本月办结 {n} 件', nothingToMeasure: '本月无数据',
      chaseTitle: '租金催缴清单', noChase: '没有需要催缴的住户', households: '{n} 户', note: '备注', record: '记录', broken: '承诺逾期', notChased: '尚未催缴',
      cols: { dwelling: '住房', grid: '网格', household: '户主', rent: '欠租', last: '最近催缴', chases: '催缴次数', action: '记录催缴' },
      outcomes: { Contacted: '已联系', Promised: '承诺缴纳', Paid: '已缴清', Escalated: '已上报' },
      rent: { Clear: '无欠缴', Owing: '欠缴', Chasing: '催缴中', Serious: '严重欠缴' },
      roundsTitle: '巡查', noRounds: '尚无巡查', roundName: '巡查名称', roundDwellings: '住房编号，逗号分隔', openRound: '新建巡查', due: '{day} 前完成', done: '已完成', visit: '记录',
      findings: { NoIssue: '正常', Sublet: '转租', Idle: '闲置', Damage: '损坏', IllegalAlteration: '擅自改变结构', UseChanged: '改变用途', Other: '其他' },
      intakeTitle: '年审资料接收', noIntake: '尚无年审资料', dwelling: '住房', complete: '资料齐全', receive: '接收', reason: '不通过的原因', exitPending: '退出审查待立案',
      intake: { Incomplete: '资料不全', Complete: '资料齐全', Passed: '通过', Failed: '不通过' },
      paperworkTitle: '入住与退出手续', noPaperwork: '没有待办手续', close: '办结', kinds: { MoveIn: '入住手续', Exit: '退出手续' },
      assessTitle: '月度考核', assessNote: '签核意见', sign: '签核', draft: '草稿，尚未签核', signed: '{by} 于 {at} 签核', target: '目标 {target}',
      grades: { Good: '良好', Fair: '一般', Poor: '较差', NotMeasured: '无可考核数据' },
      verdicts: { Met: '达标', Missed: '未达标', NotMeasured: '无数据' },
      intakeDueTitle: '待收年审', noIntakeDue: '没有到期未收的年审', overdue: '已逾期', dueOn: '{day} 到期',
    },
    grid: {
      todayTitle: '今日工作', estate: '小区编号', grid: '网格编号', go: '查看',
      tasksDue: '到期采集任务', mediationsOpen: '进行中调解', incidentsBreaching: '超时事件', ordersBreaching: '超时工单',
      overdueCount: '其中逾期 {n} 项', oldestDays: '最久 {n} 天', openCount: '未办结 {n} 宗', notShown: '无权查看', remaining: '剩 {n} 户 · {due} 到期',
      householdsTitle: '本网格住户', householdCount: '{n} 套', noHouseholds: '本网格尚无住房', withheld: '（不可见）',
      col: {
        dwellingId: '住房', state: '状态', residents: '人数', rent: '租金', reviewOverdueFrom: '年审逾期自', deductions: '扣分', specialGroups: '特殊群体',
        volunteer: '志愿者', hours: '志愿时', activities: '活动数', security: '治安志愿者',
      },
      mattersTitle: '未办结事项', incidents: '事件', orders: '工单', noIncidents: '本网格没有未办结事件', noOrders: '本网格没有未办结工单',
      tasksTitle: '信息采集任务', what: '采集内容', dwellingsHint: '住房编号，逗号分隔（空=全部）', createTask: '新建任务', noTasks: '暂无采集任务',
      progress: '已完成 {done} / {all} · {due} 到期', markDone: '完成',
      mediationsTitle: '矛盾调解', partyA: '当事人甲', partyB: '当事人乙', issue: '纠纷事由', openMediation: '登记调解', noMediations: '暂无调解记录',
      centre: '法律援助机构', record: '记录结果',
      outcome: { Open: '调解中', Settled: '调解成功', NotSettled: '调解不成', ReferredToLegalAid: '转介法律援助' },
      communityTitle: '服务站、楼长与志愿者', stations: '社区服务站', noStations: '尚未登记服务站', leaders: '楼长', noLeaders: '尚未登记楼长',
      volunteers: '志愿者与志愿时', noVolunteers: '尚未登记志愿者', estateHours: '小区志愿时合计', securityVolunteers: '治安志愿者 / 志愿者',
      conflict: '记录已存在且内容不同，未作更改', refused: '填写有误：{field}',
    },
    weekday: { Monday: '周一', Tuesday: '周二', Wednesday: '周三', Thursday: '周四', Friday: '周五', Saturday: '周六', Sunday: '周日' },
    money: {
      feesTitle: '物业服务费与财政补贴', month: '月份', district: '区', allDistricts: '全市', cityTotals: '各合同当月汇总',
      contract: '合同', company: '物业企业', estate: '小区', lines: '户数', subsidised: '补贴户', fee: '应收服务费', payerShare: '住户应缴',
      subsidyDue: '应补贴', released: '已拨付补贴', withheld: '暂缓补贴', outstanding: '欠缴', paid: '已缴', broughtForward: '上期结转',
      total: '合计', noMonth: '该月尚未计费', pickContract: '点击合同查看当月明细',
      monthTitle: '{contract} · {month} 明细', grade: '服务等级 {grade} 级 · {rate} 元/平方米·月', open: '收费中', closed: '已结账',
      dwelling: '住房', area: '面积（㎡）', payer: '缴费方', payers: { Household: '住户', SubsidisedHousehold: '补贴户', Owner: '产权单位' },
      payments: '缴费记录', noPayments: '尚无缴费', paidOn: '缴费日期', amount: '金额（元）', csv: '下载 CSV', xlsx: '下载 Excel',
      linesShown: '显示前 {shown} 户，共 {total} 户（合计为全部）',
      accountTitle: '公共收益专户', estatePick: '小区编号', go: '查看', balance: '余额', deficit: '赤字', incomeMonth: '本月收入', spendingMonth: '本月支出',
      statement: '{month} 月结单', opening: '期初', closing: '期末', income: '收入', spending: '支出', entries: '收支明细', noEntries: '本月没有收支',
      kinds: { Income: '收入', WorkOrderSpending: '工单支出', ApprovedSpending: '审批支出' },
      incomeKinds: { Advertising: '广告', Parking: '停车', VenueUse: '场地使用', Other: '其他' },
      commercialTitle: '经营性物业', operator: '运营单位', noOperator: '尚未委托运营', units: '商业单元', leases: '租约', tenant: '承租人',
      rent: '月租金', term: '租期', months: '月度收支与上缴', billed: '应收租金', received: '实收租金', taxes: '税费', net: '净收益',
      remitted: '已上缴', notRemitted: '未上缴', voucher: '缴款书', noUnits: '尚无商业单元', noMonths: '尚无月度账目',
    },
  },
  en: {
    switchTo: '中文',
    signOut: 'Sign out', notPermitted: 'Not permitted: your grants do not reach this',
    posts: {
      CityOperator: 'City operator', DistrictOperator: 'District operator', StreetOffice: 'Street office', SecuritySupervisor: 'Security supervisor',
      HousingOffice: 'Housing office', CivilAffairs: 'Civil affairs', GridStaff: 'Grid staff', PropertyCompany: 'Property company',
      Agency: 'Agency', Auditor: 'Auditor', Administrator: 'Administrator',
    },
    signin: {
      title: 'Sign in', heading: 'Anju · Command Centre sign-in', userName: 'User name', password: 'Password', code: 'Authenticator code',
      submit: 'Sign in', working: 'Please wait…',
      badCredentials: 'The user name, password or code is not right', lockedOut: 'Too many failed attempts: the account is locked for a while',
      codeNeeded: 'Enter the 6-digit code your authenticator shows', failed: 'Signing in is not possible just now; try again shortly',
      cityIdentity: "Sign in with the city's unified identity", unlinked: 'Your city identity is not linked to an Anju account yet: ask an administrator',
      changeHeading: 'Choose a new password', currentPassword: 'Current (one-time) password', newPassword: 'New password', repeatPassword: 'New password again',
      mismatch: 'The two new passwords differ', change: 'Change password', passwordRefused: 'The new password is too weak: 12 characters or more, with upper and lower case letters and a digit',
      currentRefused: 'The current password is not right',
      enrolHeading: 'Your post needs two-step sign-in', enrolHint: 'Add this key (or link) to your authenticator app, then enter the code it shows.',
      sharedKey: 'Key', uri: 'Link', enable: 'Turn on two-step sign-in', codeRefused: 'The code is not right; try again',
      recoveryHeading: 'Recovery codes', recoveryHint: 'Keep these recovery codes safe; each works once. They are shown only now.', continue: 'Continue',
    },
    brand: 'Anju',
    title: 'Command Centre',
    audit: {
      title: 'Audit log', search: 'Search', verify: 'Check the hash chain', actor: 'Person', objectId: 'Object id', action: 'Action', outcome: 'Outcome',
      any: 'Any', Allowed: 'Allowed', Denied: 'Denied', Failed: 'Failed', from: 'From', to: 'To', submit: 'Search', rows: 'Rows',
      at: 'Time', roles: 'Posts', object: 'Object', fields: 'Personal data shown', source: 'From where', detail: 'Detail', more: 'More',
      count: '{n} shown', intact: 'Hash chain intact ({n} rows checked)', broken: 'Hash chain broken at row {id}: {problem}',
      badQuery: 'The search is not valid', failed: 'The audit log cannot be read just now',
      kinds: { identity: 'identity', contact: 'contact', 'special-groups': 'special groups' },
    },
    admin: {
      title: 'Accounts and keys', newUser: 'New account', userName: 'User name', displayName: 'Name', grants: 'Posts and scopes', create: 'Create',
      grantsHint: 'Role|Scope|Id, several separated by semicolons, e.g. DistrictOperator|District|TH; GridStaff|Grid|TH-0001/G01. An administrator or auditor holds that post alone.',
      users: 'Accounts', state: 'State', actions: 'Actions', count: '{n} accounts', saveGrants: 'Save grants', disable: 'Disable', enable: 'Enable',
      unlock: 'Unlock', resetPassword: 'Reset password', resetTwoFactor: 'Reset two factors', disabled: 'disabled', locked: 'locked until {until}',
      mustChange: 'one-time password to change', twoFactor: 'two factors', noTwoFactor: 'no second factor yet',
      oneTime: "{user}'s one-time password (shown this once; to be changed at first sign-in): {password}",
      keys: 'Device and integration keys', keyName: 'Integration', createKey: 'Create key', revoke: 'Revoke', revoked: 'revoked {at}',
      newKey: "{name}'s key (shown this once): {key}", failed: 'The change did not succeed',
    },
    exits: {
      casesTitle: 'Exit reviews', estatePick: 'Estate id', go: 'Show', noCases: 'No exit reviews in this estate yet',
      counts: '{open} open · {ready} ready to carry out · {stages}', reasonNeeded: 'Every step needs a reason', caseTitle: '{id} · dwelling {dwelling}', triggers: 'Triggers', steps: 'Steps', noSteps: 'No step taken yet',
      next: 'Next step', reason: 'Reason', decision: 'Decision', finished: 'The case is finished', undecided: 'Not decided',
      invalid: 'Please check: {fields}', conflict: 'The case changed meanwhile and was read again; try once more', failed: 'That did not work',
      columns: { caseId: 'Case', dwelling: 'Dwelling', household: 'Head of household', grid: 'Grid', reasons: 'Reasons', stage: 'Stage', decision: 'Decision', openedAt: 'Opened' },
      facts: { stage: 'Stage', reasons: 'Reasons', household: 'Head of household (at opening)', grid: 'Grid', decision: 'Decision', appealUntil: 'Appeal until', openedAt: 'Opened' },
      reasons: { Deductions: 'Deductions at the exit level', Sublet: 'Sublet', Idle: 'Left idle', AnnualReviewFailed: 'Annual review failed', UseChanged: 'Use changed' },
      stages: { Opened: 'Opened', NoticeServed: 'Notice served', Heard: 'Heard', Decided: 'Decided', Appealed: 'Appealed', CarriedOut: 'Carried out', Closed: 'Closed (kept)', ReadyToCarryOut: 'Ready to carry out' },
      decisions: { Exit: 'Exit', Keep: 'Keep' },
      actions: { ServeNotice: 'Serve notice', HoldHearing: 'Hold hearing', Decide: 'Decide', Appeal: 'Take appeal', CarryOut: 'Carry out exit', Close: 'Close (kept)', AppealWindowEnded: 'Appeal window ended' },
    },
    nav: { wall: 'City wall', estate: 'Estate', security: 'Security', housing: 'Housing', incidents: 'Incidents', facilities: 'Facilities', queue: 'Work orders', contracts: 'Contracts', money: 'Money', exits: 'Exit reviews', allocation: 'Allocation', agency: 'Agency', grid: 'Grid work', community: 'Community', orleans: 'Orleans cluster', more: 'Casework & community' },
    screen: {
      wall: 'City wall', estate: 'Estate', security: 'Security supervisor', housing: 'Housing office', incidents: 'Incident desk', facilities: 'Facilities overview', queue: 'Work queue', contracts: 'Contract scorecards', money: 'Fees, subsidy and public revenue', exits: 'Exit reviews', allocation: 'Fair allocation and second-address registration', agency: 'Agency casework', community: 'Committee, environment and satisfaction',
    },
    conn: { connecting: 'Connecting…', connected: 'Connected', reconnecting: 'Reconnecting…', disconnected: 'Disconnected' },
    stale: 'Live connection lost — figures may be out of date', staleCluster: 'Cluster unreachable — figures may be out of date',
    lastUpdate: 'last update {time}', never: 'nothing received yet',
    cluster: 'Cluster', silos: '{n} silo(s)', clusterUnreachable: 'Cluster unreachable', noSilos: 'No silo is up', started: 'started {time}',
    siloStatus: { Active: 'Active', Joining: 'Joining', Created: 'Created', ShuttingDown: 'Shutting down', Stopping: 'Stopping', Dead: 'Dead' },
    // The figures' labels already say what is counted; English units would only crowd them.
    unit: { estates: 'estates', dwellings: 'dwellings', households: '', residents: '', guards: '', cameras: '', faults: '', incidents: '', orders: '', yuan: 'yuan', facilities: '' },
    fig: {
      occupancy: 'Occupancy', occupancySub: '{occupied} / {dwellings} occupied',
      households: 'Households', householdsSub: '{residents} residents',
      incidents: 'Open incidents', incidentsSub: 'overdue {overdue} · escalated {escalated}',
      guards: 'Guards on duty', guardsSub: '{required} required · coverage {rate}',
      cameras: 'Cameras online', camerasSub: '{total} installed · {offline} offline',
      faults: 'Facility faults', faultsSub: '{overdue} overdue · {out} facilities out of service', noRegister: 'No facility register yet',
      trend: 'trend since this screen opened',
    },
    map: {
      title: 'Estate health map', summary: '{estates} estates · {dwellings} dwellings',
      districtMeta: '{n} estates · {rate}', belowAlarm: '{n} below {threshold}', empty: 'No estate registered yet',
      legendGood: '{watch} and above', legendWatch: '{alarm}–{watchLess}', legendAlarm: 'below {alarm}', legendNone: 'no score yet',
      tip: '{name} ({id})\nhealth {score} · {factor}\noccupied {rate} ({occupied}/{dwellings})',
    },
    alarms: {
      title: 'Alarms', empty: 'No alarm since this screen opened', sinceLoad: '{n} since this screen opened',
      standingBelow: 'Estates below {threshold}', standingRent: 'Estates, serious arrears', standingReviews: 'Reviews overdue',
      healthBelow: '{name}: health fell to {score} (below {threshold})',
      healthRecovered: '{name}: health back up to {score}',
      rentSerious: '{name}: {count} households in serious arrears (+{delta})',
      reviewsOverdue: '{name}: {count} annual reviews overdue (+{delta})',
      exitReviews: '{name}: {count} households at exit review (+{delta})',
      severity: { critical: 'Critical', major: 'Major', minor: 'Minor', info: 'Info' },
      source: { derived: 'derived', security: 'security', incidents: 'incidents' },
      live: {
        summary: '{open} live alarms · {unack} unacknowledged', empty: 'No open alarm', risen: '↑ risen',
        reminders: 'reminded {n}×', ack: 'Acknowledge', acked: 'Acknowledged ({actor})', ackFailed: 'Could not acknowledge: {error}',
        situation: '{place}: one situation, {n} alarms',
      },
      type: {
        CameraOffline: 'Camera offline', UnderStaffed: 'Under-staffed', MissedCheckpoint: 'Missed checkpoints', Device: 'Device alarm',
        escalated: 'Case escalated', 'trapped-passenger': 'Passenger trapped in lift', 'no-pressure': 'No water pressure', 'fire-alarm': 'Fire alarm',
        'order-overdue': 'Work order overdue',
      },
    },
    states: {
      Vacant: 'Vacant', Allocated: 'Allocated', Occupied: 'Occupied', ExitRequested: 'Exit requested',
      Vacated: 'Vacated', UnderInspection: 'Under inspection', UnderRepair: 'Under repair',
    },
    tenures: { PublicRental: 'Public rental', LowRent: 'Low-rent', Economy: 'Economy', LimitedPrice: 'Limited-price' },
    factors: {
      None: 'nothing deducted', Vacancy: 'Vacancy', IncidentLoad: 'Incident load', OverdueIncidents: 'Overdue incidents',
      GuardShortfall: 'Guard shortfall', CamerasOffline: 'Cameras offline', OpenFaults: 'Open faults', OverdueFaults: 'Overdue faults',
      RentArrears: 'Rent arrears', OverdueReviews: 'Overdue reviews', ExitReviews: 'Exit reviews', Satisfaction: 'Satisfaction',
    },
    roles: { PropertyStaff: 'property staff', StreetAssistant: 'street assistant', ResidentsCommitteeStaff: "residents' committee" },
    districts: {
      TH: 'Tianhe', HZ: 'Haizhu', BY: 'Baiyun', PY: 'Panyu', HP: 'Huangpu', LW: 'Liwan',
      YX: 'Yuexiu', HD: 'Huadu', ZC: 'Zengcheng', CH: 'Conghua', NS: 'Nansha',
    },
    estate: {
      pick: 'Estate id', go: 'Show', noSuchEstate: 'No estate {id} yet, waiting for it to be registered…', unavailable: 'Estate data unavailable, retrying…',
      meta: '{street} · {area} m² floor area', structure: '{zones} zones · {grids} grids · {buildings} buildings',
      updated: 'updated {time} · version {version}',
      health: 'Health score', topFactor: 'Costing most: {factor}', noPenalty: 'Nothing deducted', penalties: 'Points deducted',
      occupancy: 'Occupancy', occupancyRate: 'Occupancy rate', dwellings: 'Dwellings', occupied: 'Occupied', byState: 'By state', tenures: 'Tenure',
      residency: 'Residency', households: 'Households', residents: 'Residents', rentOwing: 'Rent owing', rentSerious: 'Serious arrears',
      reviewsOverdue: 'Reviews overdue', deductionWarnings: 'Warnings', exitReviews: 'Exit reviews', specialGroups: 'Special groups',
      grids: 'Grids', gridName: 'Grid', gridHouseholds: 'Households', gridRate: 'Occupied', gridRent: 'Serious arrears', gridReviews: 'Reviews overdue',
      gridStaff: 'Staff', gridMissing: 'missing {roles}', gridFull: 'complete', gridTooBig: 'over {n} households, consider splitting', noGrids: 'No grid defined yet',
      incidents: 'Incidents', critical: 'Critical', major: 'Major', minor: 'Minor', overdue: 'Overdue', escalated: 'Escalated',
      incidentsEmpty: 'No open incident', incidentsLater: 'Open incidents and their SLA countdowns appear here once incident handling is live',
      sla: 'SLA countdown',
      security: 'Security', guards: 'Guards on duty', guardsOf: '{n} required', cameras: 'Cameras online', camerasOf: '{n} installed',
      coverage: 'coverage', noGuardData: 'No guards or cameras registered yet',
      securityAlarms: 'Security alarms {active} ({unack} unacknowledged) · rounds today {done}/{scheduled} · {missed} checkpoints missed',
      facilities: 'Facilities', openFaults: 'Open faults', overdueFaults: 'Overdue faults', outOfService: 'Out of service', degraded: 'Degraded', inService: 'In service',
      preventiveOverdue: 'Maintenance overdue', noRegister: 'No facility register yet: import the register to see each kind of facility', byType: 'By type', openOrders: 'Open orders', noOrders: 'No open orders',
      contracts: 'Property-service contracts', contractId: 'Contract', company: 'Company', zone: 'Zone', wholeEstate: 'whole estate',
      scorecard: 'Score', topFactor2: 'Top factor', belowThreshold: 'below threshold', noScore: 'No score yet', noContracts: 'No contract attached yet',
    },
    table: { estate: 'Estate', district: 'District', more: 'showing the first {shown} of {total}', filterAll: 'All districts', search: 'Search estate name or id', rows: '{n} estates' },
    security: {
      guardsOnDuty: 'Guards on duty', understaffed: 'Under-staffed estates', understaffedSub: '{n} guards short', camerasOnline: 'Cameras online', camerasOffline: 'Cameras offline',
      checkpoints: 'Missed checkpoints today', checkpointsSub: '{done} of {scheduled} rounds completed today',
      coverageTitle: 'Guard coverage by estate (under-staffed first)', onDuty: 'On duty', required: 'Required', shortfall: 'Short', coverage: 'Coverage',
      cameras: 'Cameras', offline: 'Offline',
      offlineTitle: 'Offline cameras', offlineEmpty: 'Every registered camera is online', offlineNoData: 'No camera registered yet',
      missedTitle: 'Missed checkpoints', missedEmpty: 'None missed today', missedItem: '{n} missed · {done}/{scheduled} rounds done',
      ackTitle: 'Alarm acknowledgement', ackEmpty: 'No open alarm', ack: 'Acknowledge', ackHint: 'Acknowledged by', actor: 'duty officer', acked: 'acknowledged ({actor})',
      ackFailed: 'Could not acknowledge: {error}', repeats: '×{n}',
      alarmType: { UnderStaffed: 'Under-staffed', MissedCheckpoint: 'Missed checkpoints', CameraOffline: 'Camera offline', Device: 'Device alarm' },
      noRequirement: 'not set',
    },
    housing: {
      occupancy: 'Occupancy', occupancySub: '{occupied} / {dwellings}', households: 'Households', awaitingMoveIn: 'Awaiting move-in', exits: 'Exits in progress', exitsSub: '{requested} asked · {vacated} vacated',
      inspections: 'Under inspection', repairs: '{n} under repair', rentSerious: 'Serious arrears', rentSub: '{n} owing', reviewsOverdue: 'Reviews overdue',
      deductions: 'Deduction warnings', deductionsSub: '{n} at exit review',
      tableTitle: 'Estates at a glance', dwellings: 'Dwellings', rate: 'Occupied', allocated: 'To move in', exiting: 'Exiting', inspecting: 'Inspect',
      repairing: 'Repair', rentOwing: 'Owing', rentSeriousCol: 'Serious', reviews: 'Reviews late', warnings: 'Warned', exitReviews: 'Exit review', health: 'Health',
      detail: 'Estate detail', detailHint: 'click an estate for its detail and contracts', open: 'Open estate screen', close: 'Close',
    },
    incidents: {
      escalationAlarms: 'Escalation alarms (live)',
      figCritical: 'Critical', figMajor: 'Major', figMinor: 'Minor', figOverdue: 'Overdue', figEscalated: 'Escalated',
      filters: 'Filters', district: 'District', severity: 'Severity', status: 'Status', all: 'All', open: 'Open', overdue: 'Overdue', escalated: 'Escalated',
      search: 'Search incident id, estate or grid',
      columns: { id: 'Id', severity: 'Severity', category: 'Category', place: 'Estate / grid', owner: 'Owner', sla: 'SLA left', level: 'Level', state: 'State' },
      empty: 'No incident', emptyHint: 'Complaints, disputes, security and environment matters are accepted, dispatched, escalated and closed here once incidents are live',
      actions: { accept: 'Accept', dispatch: 'Dispatch', escalate: 'Escalate', close: 'Close' }, actionsHint: 'Select an incident to act on it',
      severities: { Critical: 'Critical', Major: 'Major', Minor: 'Minor', Info: 'Info' },
      categories: {
        Complaint: 'Complaint', Dispute: 'Dispute', Security: 'Security', IllegalStructure: 'Illegal structure', Parking: 'Parking',
        Pets: 'Pets', GarbageSorting: 'Garbage sorting', Environment: 'Environment', Facility: 'Facility', Welfare: 'Welfare',
      },
      parties: {
        GridStaff: 'Grid staff', PropertyCompany: 'Property company', PoliceStation: 'Police station', CivilAffairsOffice: 'Civil affairs', HousingOffice: 'Housing office', UrbanManagement: 'Urban management',
      },
      levels: { Grid: 'Grid', Estate: 'Estate', Street: 'Street', District: 'District' },
      states: { Collected: 'Collected', Filed: 'Filed', Voided: 'Voided', Dispatched: 'Dispatched', InHandling: 'In handling', Feedback: 'Feedback', Closed: 'Closed', Evaluated: 'Evaluated' },
      escalateReason: 'Escalated by the command-centre operator', done: 'Done: {id}', conflict: 'Changed by someone else; reloaded', failed: 'The step did not succeed',
    },
    facilities: {
      types: {
        Lift: 'Lift', WaterTank: 'Water tank', WaterPump: 'Water pump', Lighting: 'Lighting', FireSystem: 'Fire system', AccessControl: 'Access control',
        Gate: 'Gate', Cctv: 'CCTV', GarbageStation: 'Garbage station', AccessibilityRamp: 'Ramp', ElderlyCareRoom: 'Elderly care room',
        RehabilitationRoom: 'Rehabilitation room', VolunteerRoom: 'Volunteer room', PoliceRoom: 'Police room', Clinic: 'Clinic', CultureRoom: 'Culture room',
      },
      codes: {
        'trapped-passenger': 'Passenger trapped', 'lift-stopped': 'Lift stopped', 'lift-fault': 'Lift fault', 'no-pressure': 'No pressure', 'no-water': 'No water',
        'water-quality': 'Water quality', leak: 'Leak', 'light-out': 'Light out', 'fire-alarm': 'Fire alarm', 'fire-fault': 'Fire system fault',
        'door-fault': 'Door fault', 'camera-offline': 'Camera offline', damaged: 'Damaged', 'out-of-service': 'Out of service', maintenance: 'Maintenance',
      },
      states: { Reported: 'Reported', Accepted: 'Accepted', Dispatched: 'Dispatched', OnSite: 'On site', Repaired: 'Repaired', Verified: 'Verified', Closed: 'Closed', Cancelled: 'Cancelled' },
      preventive: 'Maintenance',
      figFacilities: 'Registered facilities', figFacilitiesSub: '{estates} estates registered', figOut: 'Out of service', figOutSub: '{degraded} degraded',
      figOpen: 'Open faults', figOpenSub: '{overdue} overdue', figPreventive: 'Maintenance overdue', figPreventiveSub: '{open} maintenance orders open',
      figAlarms: 'Device alarms', figAlarmsSub: '{unack} unacknowledged',
      tableTitle: 'Facilities by estate (out of service and overdue first)', outOfService: 'Out', degraded: 'Degraded', open: 'Open', overdue: 'Overdue',
      preventiveOverdue: 'Maint. overdue', facilities: 'Facilities', noRegister: 'none',
      officeTitle: '{district} housing office queue', officeEmpty: 'No orders of estates without a contract', contractsTitle: 'Maintenance overdue by contract',
      contractsEmpty: 'No maintenance overdue', contractItem: '{company} · {contract}', openQueue: 'Open queue',
    },
    queue: {
      title: 'Work queue', pick: 'Contract id or office-<district>', office: '{district} housing office', contract: 'Contract {id} {company}',
      none: 'Enter the queue to show (a contract id, or office-<district>)', noSuchQueue: 'There is no queue {id}', unavailable: 'The queue cannot be read just now; retrying',
      empty: 'No open orders in this queue', emptyHint: 'Reported faults, device faults and maintenance, the clock that runs out first at the top',
      figOpen: 'Open orders', figOverdue: 'Overdue', figPreventive: 'Maintenance overdue', preventiveSub: '{closed} maintenance orders in 30 days, {late} late',
      figBreached: 'Breached in 30 days', breachedSub: '{closed} closed in 30 days', figCost: 'Repair cost, 30 days',
      columns: { id: 'Order', facility: 'Facility', fault: 'Fault', place: 'Estate / building', severity: 'Severity', state: 'State', clock: 'Time left', level: 'Level' },
      stages: { accept: 'accept', onSite: 'on site', repair: 'repair' },
      steps: { accept: 'Accept', dispatch: 'Dispatch', 'on-site': 'On site', repair: 'Repaired', verify: 'Verify', 'send-back': 'Send back', close: 'Close' },
      assignee: 'Technician or team', cost: 'Cost (yuan)', note: 'Note / reason to send back', pickHint: 'Select an order to act on it',
      defaultAssignee: 'Maintenance team', sendBackReason: 'The repair did not pass verification', done: '{id}: {step} done',
      conflict: 'The order changed since; reloaded', failed: 'The step did not succeed',
    },
    contracts: {
      figContracts: 'Contracts', figContractsSub: '{companies} companies in the pool', figBelow: 'Below threshold', figBelowSub: 'threshold {threshold}',
      figMean: 'Mean score', figMeanSub: 'period {period}', figPool: 'Pool companies', figPoolSub: 'suspended {suspended} · removed {removed}',
      rankingTitle: 'Contract ranking (lowest first)', rank: 'Rank', contract: 'Contract', company: 'Company', estate: 'Estate', zone: 'Zone',
      score: 'Score', topFactor: 'Top factor', status: 'Status', below: 'Below threshold', above: 'Meets', noRanking: 'No contract scores yet',
      pick: 'Select a contract to see its scorecard', scorecardTitle: 'Scorecard', period: 'Period {period}', threshold: 'threshold {threshold}',
      factor: 'Factor', value: 'Measured', penalty: 'Penalty', notMeasured: 'nothing measured, no penalty', drill: 'Evidence',
      trend: 'Past periods', noHistory: 'No past periods yet', evidence: 'Behind {factor}', noEvidence: 'No orders or cases behind it this period',
      evidenceKinds: { order: 'Order', incident: 'Incident', deduction: 'Deduction', assessment: 'Assessment' },
      assessments: 'Third-party assessments', deductions: 'Breach deductions', noAssessments: 'No assessment yet', noDeductions: 'No deduction yet',
      assessor: 'Assessor', assessedOn: 'Assessed on', evidenceRef: 'File ref.', amount: 'Amount (yuan)', reason: 'Reason', reference: 'Order or case',
      record: 'Record', recorded: 'Recorded', conflict: 'The period already has a different assessment', failed: 'Not recorded: {field}',
      pool: 'Company pool', mean: 'mean {score}', contractsOf: '{n} contracts', noPool: 'No company in the pool yet',
      standing: { Admitted: 'admitted', Suspended: 'suspended', Removed: 'removed' },
      factors: {
        None: 'none', SlaCompliance: 'SLA compliance', ResponseTime: 'Response time', RepairTime: 'Repair time', RepeatFaults: 'Repeat faults',
        PreventiveOnTime: 'Preventive on time', Satisfaction: 'Satisfaction', Deductions: 'Deductions', Assessment: 'Assessment',
      },
      units: { ratio: '%', minutes: 'min', hours: 'h', count: '', rating: '/5', yuan: 'yuan', score: '' },
      live: 'Live score', noScore: 'No score yet',
    },
    alloc: {
      waitlistTitle: 'Waiting list', go: 'Show', noApplications: 'No application on this list yet', publicTitle: 'Public list', publish: 'Publish', noPublicList: 'No public list yet',
      allocateTitle: 'Allocate in rank order', application: 'Application', estate: 'Estate id', dwelling: 'Dwelling id', allocate: 'Allocate', reason: 'Reason',
      approveException: 'Approve exception', allocations: 'Allocations', noAllocations: 'No allocation yet', exceptions: 'Exceptions', noExceptions: 'No exception yet',
      registrationTitle: 'Second-address registration', counts: 'received {received} · eligible {eligible} · ineligible {ineligible} · withdrawn {withdrawn} · allocated {allocated}',
      published: 'Published', allocated: 'Allocated ({id}, rank {rank})', approved: 'Exception {id} approved; another person allocates under it',
      refused: 'Refused:', invalid: 'Invalid input:', publicUntil: 'List {number} is public until {until}', publicEnded: 'List {number} ended {until}',
      objections: '{n} objection(s)', next: 'Next in order: {id}', noneLeft: 'No application left on the public list', rankOf: 'rank {rank}',
      withException: 'exception {id}, passed over {n}', approvedBy: 'approved by {who}',
      tenures: { PublicRental: 'Public rental', LowRent: 'Low rent', Economy: 'Economy', LimitedPrice: 'Limited price' },
      statuses: { Received: 'received', Eligible: 'eligible', Ineligible: 'ineligible', Withdrawn: 'withdrawn', Allocated: 'allocated' },
      col: { rank: 'Rank', application: 'Application', applicant: 'Applicant', idNumber: 'ID number', size: 'Members', points: 'Points', applied: 'Applied', status: 'Status' },
      reg: {
        registered: 'Registered', pending: 'Pending', notRegistered: 'Not registered', movedIn: 'Hukou moved in', members: 'members', submitted: '{n} with the police station',
        noResidents: 'no residents declared yet: cannot tell', ofResidents: 'of {n} residents declared', noRecords: 'No registration recorded yet', handOffs: '{n} hand-off(s) to the police',
        noEstate: 'No such estate',
      },
    },
    agency: {
      contractTitle: 'Service contract and KPIs', go: 'Show', noContract: 'No service contract yet', term: 'Term {start} to {end} · {estates} estates',
      onTime: 'Rounds on time', ofRounds: '{done}/{due} on time', paidShare: 'Paid after contact', ofContacted: '{paid}/{contacted} households',
      intakeDays: 'Intake days (median)', days: '{n} days', decided: '{n} decided this month', nothingToMeasure: 'Nothing this month',
      chaseTitle: 'Rent-chasing list', noChase: 'No household to chase', households: '{n} households', note: 'Note', record: 'Record', broken: 'promise broken', notChased: 'Not chased yet',
      cols: { dwelling: 'Dwelling', grid: 'Grid', household: 'Household', rent: 'Arrears', last: 'Last chase', chases: 'Chases', action: 'Record a chase' },
      outcomes: { Contacted: 'Contacted', Promised: 'Promised', Paid: 'Paid', Escalated: 'Escalated' },
      rent: { Clear: 'Clear', Owing: 'Owing', Chasing: 'Chasing', Serious: 'Serious' },
      roundsTitle: 'Inspection rounds', noRounds: 'No round yet', roundName: 'Round name', roundDwellings: 'Dwellings, comma separated', openRound: 'Open round', due: 'due {day}', done: 'done', visit: 'Record',
      findings: { NoIssue: 'No issue', Sublet: 'Sublet', Idle: 'Idle', Damage: 'Damage', IllegalAlteration: 'Illegal alteration', UseChanged: 'Use changed', Other: 'Other' },
      intakeTitle: 'Annual-review intake', noIntake: 'No papers received yet', dwelling: 'Dwelling', complete: 'Complete', receive: 'Receive', reason: 'Why it failed', exitPending: 'exit review pending',
      intake: { Incomplete: 'Incomplete', Complete: 'Complete', Passed: 'Passed', Failed: 'Failed' },
      paperworkTitle: 'Move-in and exit paperwork', noPaperwork: 'No paperwork waiting', close: 'Close', kinds: { MoveIn: 'Move-in', Exit: 'Exit' },
      assessTitle: 'Monthly assessment', assessNote: 'Sign-off note', sign: 'Sign off', draft: 'Draft, not signed off', signed: 'Signed off by {by} at {at}', target: 'target {target}',
      grades: { Good: 'Good', Fair: 'Fair', Poor: 'Poor', NotMeasured: 'Nothing to assess' },
      verdicts: { Met: 'met', Missed: 'missed', NotMeasured: 'not measured' },
      intakeDueTitle: 'Reviews due for intake', noIntakeDue: 'No review due without papers', overdue: 'overdue', dueOn: 'due {day}',
    },
    grid: {
      todayTitle: 'Today', estate: 'Estate id', grid: 'Grid id', go: 'Show',
      tasksDue: 'Tasks due', mediationsOpen: 'Mediations open', incidentsBreaching: 'Cases breaching', ordersBreaching: 'Orders breaching',
      overdueCount: '{n} overdue', oldestDays: 'oldest {n} days', openCount: '{n} open', notShown: 'not permitted', remaining: '{n} left · due {due}',
      householdsTitle: "The grid's households", householdCount: '{n} dwellings', noHouseholds: 'No dwellings in this grid yet', withheld: '(withheld)',
      col: {
        dwellingId: 'Dwelling', state: 'State', residents: 'Residents', rent: 'Rent', reviewOverdueFrom: 'Review overdue from', deductions: 'Deductions', specialGroups: 'Special groups',
        volunteer: 'Volunteer', hours: 'Hours', activities: 'Activities', security: 'Security volunteer',
      },
      mattersTitle: 'Open matters', incidents: 'Cases', orders: 'Work orders', noIncidents: 'No open cases in this grid', noOrders: 'No open work orders in this grid',
      tasksTitle: 'Information collection', what: 'What to collect', dwellingsHint: 'Dwelling ids, comma separated (empty: all)', createTask: 'New task', noTasks: 'No tasks yet',
      progress: '{done} / {all} done · due {due}', markDone: 'Done',
      mediationsTitle: 'Mediation', partyA: 'Party A', partyB: 'Party B', issue: 'Issue', openMediation: 'Open mediation', noMediations: 'No mediations yet',
      centre: 'Legal-aid centre', record: 'Record outcome',
      outcome: { Open: 'Open', Settled: 'Settled', NotSettled: 'Not settled', ReferredToLegalAid: 'Referred to legal aid' },
      communityTitle: 'Stations, building leaders and volunteers', stations: 'Service stations', noStations: 'No stations registered yet', leaders: 'Building leaders',
      noLeaders: 'No building leaders yet', volunteers: 'Volunteers and hours', noVolunteers: 'No volunteers registered yet', estateHours: "The estate's volunteer hours",
      securityVolunteers: 'Security volunteers / volunteers', conflict: 'Already recorded with other content; nothing changed', refused: 'Please check: {field}',
    },
    weekday: { Monday: 'Mon', Tuesday: 'Tue', Wednesday: 'Wed', Thursday: 'Thu', Friday: 'Fri', Saturday: 'Sat', Sunday: 'Sun' },
    money: {
      feesTitle: 'Service fees and the subsidy', month: 'Month', district: 'District', allDistricts: 'Whole city', cityTotals: "The month's totals per contract",
      contract: 'Contract', company: 'Company', estate: 'Estate', lines: 'Lines', subsidised: 'Subsidised', fee: 'Fee', payerShare: 'Payer share',
      subsidyDue: 'Subsidy due', released: 'Released', withheld: 'Withheld', outstanding: 'Outstanding', paid: 'Paid', broughtForward: 'Brought fwd',
      total: 'Total', noMonth: 'This month is not billed yet', pickContract: "Select a contract to see its month's lines",
      monthTitle: '{contract} · {month}', grade: 'grade {grade} · {rate} yuan/m² per month', open: 'open', closed: 'closed',
      dwelling: 'Dwelling', area: 'Area (m²)', payer: 'Payer', payers: { Household: 'household', SubsidisedHousehold: 'subsidised', Owner: 'owner' },
      payments: 'Payments', noPayments: 'No payment yet', paidOn: 'Paid on', amount: 'Amount (yuan)', csv: 'Download CSV', xlsx: 'Download Excel',
      linesShown: 'first {shown} of {total} lines (totals cover all)',
      accountTitle: 'Public-revenue account', estatePick: 'Estate id', go: 'Show', balance: 'Balance', deficit: 'deficit', incomeMonth: 'Income this month', spendingMonth: 'Spending this month',
      statement: 'Statement {month}', opening: 'Opening', closing: 'Closing', income: 'Income', spending: 'Spending', entries: 'Entries', noEntries: 'No entries this month',
      kinds: { Income: 'income', WorkOrderSpending: 'work order', ApprovedSpending: 'approved item' },
      incomeKinds: { Advertising: 'advertising', Parking: 'parking', VenueUse: 'venue use', Other: 'other' },
      commercialTitle: 'Commercial units', operator: 'Operator', noOperator: 'No operator yet', units: 'Units', leases: 'Leases', tenant: 'Tenant',
      rent: 'Monthly rent', term: 'Term', months: 'Months and remittances', billed: 'Billed', received: 'Received', taxes: 'Taxes', net: 'Net',
      remitted: 'Remitted', notRemitted: 'Not remitted', voucher: 'Voucher', noUnits: 'No unit yet', noMonths: 'No month yet',
    },
  },
};

const STORAGE_KEY = 'anju.lang';
const listeners = new Set();
let lang = initialLanguage();

function initialLanguage() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'en' || asked === 'zh') {
    return asked;
  }

  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

function lookup(table, key) {
  return key.split('.').reduce((node, part) => (node == null ? undefined : node[part]), table);
}

/** The string for a dotted key in the current language, with {name} placeholders filled. */
export function t(key, values) {
  const text = lookup(STRINGS[lang], key) ?? lookup(STRINGS.zh, key) ?? key;
  return values && typeof text === 'string'
    ? text.replace(/\{(\w+)\}/g, (_, name) => (values[name] ?? ''))
    : text;
}

/** True when the key exists (used to translate enum names that may be new). */
export const has = (key) => lookup(STRINGS[lang], key) !== undefined;

export const language = () => lang;

/** The BCP 47 locale numbers and times are formatted in. */
export const locale = () => (lang === 'zh' ? 'zh-CN' : 'en-GB');

export function setLanguage(next) {
  if (next === lang || !STRINGS[next]) {
    return;
  }

  lang = next;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // A locked-down kiosk browser may refuse storage; the switch still works for this page.
  }

  applyStatic();
  listeners.forEach((listener) => listener(lang));
}

export const toggleLanguage = () => setLanguage(lang === 'zh' ? 'en' : 'zh');

/** Calls listener after every language change; returns a function that stops it. */
export function onLanguageChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Fills elements marked data-i18n (text), data-i18n-placeholder and data-i18n-title. */
export function applyStatic(root = document) {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  root.querySelectorAll('[data-i18n-title]').forEach((el) => { el.title = t(el.dataset.i18nTitle); });
}

/** A name for an enum value or code, falling back to the value itself. */
export const nameOf = (table, value) => (value == null ? '' : has(`${table}.${value}`) ? t(`${table}.${value}`) : String(value));
