import { AuthForm } from './auth-form.js';

const SignIn = () => <AuthForm mode="signin" />;
export default SignIn;
