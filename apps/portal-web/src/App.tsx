import { BrowserRouter, Route, Routes } from 'react-router';
import { PortalProvider } from './api/portal-context.js';
import { AuthProvider } from './auth/auth-context.js';
import { ForgotPasswordPage } from './auth/ForgotPasswordPage.js';
import type { IdentityProvider } from './auth/identity-provider.js';
import { SignInPage } from './auth/SignInPage.js';
import { SignUpPage } from './auth/SignUpPage.js';
import { ConfigProvider } from './config/config-context.js';
import type { RuntimeConfig } from './config/runtime-config.js';
import { I18nProvider } from './i18n/i18n-context.js';
import { HomeRedirect } from './layout/HomeRedirect.js';
import { OrgLayout } from './layout/OrgLayout.js';
import { RequireAuth } from './layout/RequireAuth.js';
import { AcceptInvitationPage } from './pages/AcceptInvitationPage.js';
import { AccessRequestsPage } from './pages/AccessRequestsPage.js';
import { AnalyticsPage } from './pages/AnalyticsPage.js';
import { ApplicationPage } from './pages/ApplicationPage.js';
import { ApplicationsPage } from './pages/ApplicationsPage.js';
import { AuditLogPage } from './pages/AuditLogPage.js';
import { BankConnectionCallbackPage } from './pages/BankConnectionCallbackPage.js';
import { BankConnectionPage } from './pages/BankConnectionPage.js';
import { CabinetPage } from './pages/CabinetPage.js';
import { LimitChangesPage } from './pages/LimitChangesPage.js';
import { MembersPage } from './pages/MembersPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { OperatorReviewPage } from './pages/OperatorReviewPage.js';
import { ProductsPage } from './pages/ProductsPage.js';
import { ProfilePage } from './pages/ProfilePage.js';
import { SubscriptionsPage } from './pages/SubscriptionsPage.js';
import { UnavailablePage } from './pages/UnavailablePage.js';
import { WebhooksPage } from './pages/WebhooksPage.js';
import { ApiReferencePage } from './reference/ApiReferencePage.js';
import { CatalogPage } from './reference/CatalogPage.js';
import { GettingStartedPage } from './reference/GettingStartedPage.js';
import { TryItPage } from './try-it/TryItPage.js';
import { TryItRedirect } from './try-it/TryItRedirect.js';

/** The site: providers, then one route per page. */
export function App(props: { config: RuntimeConfig; identity: IdentityProvider }) {
  return (
    <ConfigProvider config={props.config}>
      <I18nProvider>
        <AuthProvider identity={props.identity}>
          <PortalProvider config={props.config}>
            <BrowserRouter>
              <Routes>
                <Route path="/login" element={<SignInPage />} />
                <Route path="/register" element={<SignUpPage />} />
                <Route path="/forgot-password" element={<ForgotPasswordPage />} />
                <Route path="/apis" element={<CatalogPage />} />
                <Route path="/apis/:productId/reference" element={<ApiReferencePage />} />
                <Route path="/apis/:productId/getting-started" element={<GettingStartedPage />} />
                <Route element={<RequireAuth />}>
                  <Route index element={<HomeRedirect />} />
                  <Route path="invitations/:token" element={<AcceptInvitationPage />} />
                  <Route path="bank-connection/callback" element={<BankConnectionCallbackPage />} />
                  <Route path="operator" element={<OperatorReviewPage />} />
                  <Route path="profile" element={<ProfilePage />} />
                  <Route path="try-it" element={<TryItRedirect />} />
                  <Route path="orgs/:orgId" element={<OrgLayout />}>
                    <Route index element={<CabinetPage />} />
                    <Route path="members" element={<MembersPage />} />
                    <Route path="applications" element={<ApplicationsPage />} />
                    <Route path="applications/:appId" element={<ApplicationPage />} />
                    <Route path="products" element={<ProductsPage />} />
                    <Route path="subscriptions" element={<SubscriptionsPage />} />
                    <Route path="access-requests" element={<AccessRequestsPage />} />
                    <Route path="try-it" element={<TryItPage />} />
                    <Route path="analytics" element={<AnalyticsPage />} />
                    <Route path="bank" element={<BankConnectionPage />} />
                    <Route path="limit-changes" element={<LimitChangesPage />} />
                    <Route path="audit" element={<AuditLogPage />} />
                    <Route path="webhooks" element={<WebhooksPage />} />
                    <Route path="*" element={<UnavailablePage kind="page" />} />
                  </Route>
                </Route>
                <Route path="*" element={<NotFoundPage />} />
              </Routes>
            </BrowserRouter>
          </PortalProvider>
        </AuthProvider>
      </I18nProvider>
    </ConfigProvider>
  );
}
